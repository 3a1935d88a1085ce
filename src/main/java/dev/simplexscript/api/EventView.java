package dev.simplexscript.api;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.JsonMap;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One core event as scripts see it, made once per event and shared by every script: the event
 * itself as a read-only map (what {@code on(type, fn)} handlers get) and, per
 * {@link EventShortcut}, the objects its handlers get ({@link Message}, {@code Contact}, ...),
 * built the first time a script asks for them. Objects are read-only views over the event's JSON
 * tree, so sharing them costs nothing and no script sees another's changes. Thread-safe.
 */
public final class EventView {
    private final JsonMap event;
    private final String type;
    private final List<EventShortcut> shortcuts;
    private final ChatActions actions;
    /** Per shortcut ordinal: its objects, or the RuntimeException building them threw. */
    private final Object[] built = new Object[EventShortcut.values().length];

    EventView(JsonNode resp, ChatActions actions) {
        if (resp == null || !resp.isObject()) throw new IllegalArgumentException("a core event is a JSON object, got " + resp);
        this.event = JsonMap.of(resp);
        JsonNode typeNode = resp.get("type");
        this.type = typeNode != null && typeNode.isString() ? typeNode.stringValue() : "";
        this.shortcuts = EventShortcut.fedBy(type);
        this.actions = actions;
    }

    /** The event's {@code type}, or "" when it has none. */
    public String type() {
        return type;
    }

    /** The event as a read-only map. */
    public JsonMap event() {
        return event;
    }

    /** The shortcuts this event may feed (a shortcut may still get no objects, see {@link #objects}). */
    public List<EventShortcut> shortcuts() {
        return shortcuts;
    }

    /**
     * The objects {@code shortcut}'s handlers get for this event, one handler call each; empty when
     * the event does not feed it. Built on first use; a failure to read the event is kept and
     * thrown to every caller.
     */
    public synchronized List<Object> objects(EventShortcut shortcut) {
        Object done = built[shortcut.ordinal()];
        if (done == null) {
            try {
                done = shortcuts.contains(shortcut) ? List.copyOf(build(shortcut)) : List.of();
            } catch (RuntimeException e) {
                done = e;
            }
            built[shortcut.ordinal()] = done;
        }
        if (done instanceof RuntimeException e) throw e;
        @SuppressWarnings("unchecked")
        List<Object> objects = (List<Object>) done;
        return objects;
    }

    private List<Object> build(EventShortcut shortcut) {
        JsonNode e = event.node();
        List<Object> out = new ArrayList<>();
        switch (type) {
            case "newChatItems" -> {
                if (shortcut == EventShortcut.FILE) {
                    // The same Message objects as on.message gets, those with a file.
                    for (Object m : objects(EventShortcut.MESSAGE)) if (((Message) m).file != null) out.add(m);
                    break;
                }
                for (JsonNode item : e.path("chatItems")) {
                    if (!item.path("chatItem").path("content").path("type").asString("").equals("rcvMsgContent")) continue;
                    out.add(actions.message(item));
                }
            }
            case "rcvFileComplete" -> out.add(actions.message(e.path("chatItem")));
            case "contactConnected" -> out.add(actions.contact(e.path("contact")));
            case "receivedContactRequest" -> out.add(actions.contactRequest(e.path("contactRequest")));
            case "receivedGroupInvitation" -> out.add(actions.groupInvite(e));
            case "joinedGroupMember" -> out.add(actions.member(e.path("member"), actions.group(e.path("groupInfo"))));
            case "chatItemReaction" -> out.add(actions.reaction(e));
            default -> throw new IllegalStateException("no objects for " + type + " events");
        }
        return out;
    }
}
