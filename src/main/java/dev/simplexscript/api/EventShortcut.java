package dev.simplexscript.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event shortcuts of {@code on} ({@code on.message}, {@code on.file}, ...), written here once:
 * which core events feed each one (its handlers receive the objects {@link EventView} builds), or,
 * for {@code start}, {@code stop}, {@code connected} and {@code disconnected}, that the host makes
 * the event itself. The language adapters build their {@code on} from this list.
 *
 * <ul>
 *   <li>{@code memberJoined} is {@code joinedGroupMember} only: EVENTS.md's main "another member
 *       joined" event, once per join. {@code connectedToGroupMember} is left to
 *       {@code on('connectedToGroupMember', fn)}: it reports the bot's own connection to a member,
 *       also for members that were there long before, and would read as false joins.
 *   <li>{@code file} fires twice per received file: for the message offering it (a received
 *       {@code newChatItems} item with a file, {@code file.status == 'rcvInvitation'}: call
 *       {@code file.receive()}) and when the download completed ({@code rcvFileComplete},
 *       {@code file.status == 'rcvComplete'}, {@code file.path} set). The offering message also
 *       reaches {@code on.message}.
 * </ul>
 */
public enum EventShortcut {
    MESSAGE("message", "newChatItems"),
    CONTACT("contact", "contactConnected"),
    CONTACT_REQUEST("contactRequest", "receivedContactRequest"),
    GROUP_INVITE("groupInvite", "receivedGroupInvitation"),
    MEMBER_JOINED("memberJoined", "joinedGroupMember"),
    FILE("file", "newChatItems", "rcvFileComplete"),
    REACTION("reaction", "chatItemReaction"),
    /** The script's version started running (after load or reload). */
    START("start"),
    /** The script's version is about to be replaced or unloaded. */
    STOP("stop"),
    /** The core connection is (again) up. */
    CONNECTED("connected"),
    /** The core connection went away. */
    DISCONNECTED("disconnected");

    private static final Map<String, List<EventShortcut>> BY_EVENT_TYPE = new HashMap<>();
    private static final List<String> NAMES = Arrays.stream(values()).map(EventShortcut::scriptName).toList();

    static {
        for (EventShortcut shortcut : values()) {
            for (String type : shortcut.eventTypes) BY_EVENT_TYPE.computeIfAbsent(type, t -> new ArrayList<>()).add(shortcut);
        }
        BY_EVENT_TYPE.replaceAll((type, shortcuts) -> List.copyOf(shortcuts));
    }

    private final String scriptName;
    private final Set<String> eventTypes;

    EventShortcut(String scriptName, String... eventTypes) {
        this.scriptName = scriptName;
        this.eventTypes = Set.of(eventTypes);
    }

    /** What scripts write: {@code on.<scriptName>}. */
    public String scriptName() {
        return scriptName;
    }

    /** The core event types that feed it; empty for the events the host makes. */
    public Set<String> eventTypes() {
        return eventTypes;
    }

    /** The shortcuts a core event type feeds; usually none. */
    public static List<EventShortcut> fedBy(String eventType) {
        return BY_EVENT_TYPE.getOrDefault(eventType, List.of());
    }

    /** Every shortcut's script name, in declaration order. */
    public static List<String> scriptNames() {
        return NAMES;
    }

    public static Optional<EventShortcut> named(String scriptName) {
        return Arrays.stream(values()).filter(s -> s.scriptName.equals(scriptName)).findFirst();
    }
}
