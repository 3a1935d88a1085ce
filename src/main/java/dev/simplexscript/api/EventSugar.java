package dev.simplexscript.api;

import dev.simplexscript.api.objects.ChatActions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The event shortcuts ({@code on.message}, {@code on.file}, ...): which core events feed each one,
 * and the objects its handlers receive.
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
final class EventSugar {
    /** Sugar name to the core event types that feed it. */
    static final Map<String, Set<String>> EVENTS_BY_SUGAR;
    /** Core event type to the sugar names it feeds. */
    static final Map<String, List<String>> SUGAR_BY_EVENT;

    static {
        Map<String, Set<String>> bySugar = new LinkedHashMap<>();
        bySugar.put("message", Set.of("newChatItems"));
        bySugar.put("contact", Set.of("contactConnected"));
        bySugar.put("contactRequest", Set.of("receivedContactRequest"));
        bySugar.put("groupInvite", Set.of("receivedGroupInvitation"));
        bySugar.put("memberJoined", Set.of("joinedGroupMember"));
        bySugar.put("file", Set.of("newChatItems", "rcvFileComplete"));
        bySugar.put("reaction", Set.of("chatItemReaction"));
        EVENTS_BY_SUGAR = Map.copyOf(bySugar);
        Map<String, List<String>> byEvent = new LinkedHashMap<>();
        bySugar.forEach((sugar, types) -> types.forEach(type -> byEvent.computeIfAbsent(type, t -> new ArrayList<>()).add(sugar)));
        byEvent.replaceAll((type, sugars) -> List.copyOf(sugars));
        SUGAR_BY_EVENT = Map.copyOf(byEvent);
    }

    private EventSugar() {}

    /**
     * The objects for one sugar from one event ({@code {"resp": ...}} envelopes are opened); empty
     * when the event does not feed that sugar.
     */
    static List<Object> wrap(ChatActions actions, String sugar, JsonNode event) {
        Set<String> types = EVENTS_BY_SUGAR.get(sugar);
        if (types == null) throw new IllegalArgumentException("unknown event shortcut '" + sugar + "' (known: " + EVENTS_BY_SUGAR.keySet() + ")");
        if (event == null) return List.of();
        JsonNode e = event.has("resp") && !event.has("type") ? event.get("resp") : event;
        String type = e.path("type").asString("");
        if (!types.contains(type)) return List.of();
        List<Object> out = new ArrayList<>();
        switch (type) {
            case "newChatItems" -> {
                for (JsonNode item : e.path("chatItems")) {
                    JsonNode chatItem = item.path("chatItem");
                    if (!chatItem.path("content").path("type").asString("").equals("rcvMsgContent")) continue;
                    if (sugar.equals("file") && !chatItem.path("file").isObject()) continue;
                    out.add(actions.message(item));
                }
            }
            case "rcvFileComplete" -> out.add(actions.message(e.path("chatItem")));
            case "contactConnected" -> out.add(actions.contact(e.path("contact")));
            case "receivedContactRequest" -> out.add(actions.contactRequest(e.path("contactRequest")));
            case "receivedGroupInvitation" -> out.add(actions.groupInvite(e));
            case "joinedGroupMember" -> out.add(actions.member(e.path("member"), actions.group(e.path("groupInfo"))));
            case "chatItemReaction" -> out.add(actions.reaction(e));
            default -> throw new IllegalStateException("no wrapper for " + type);
        }
        return out;
    }
}
