package dev.simplexscript.api.values;

import dev.simplexscript.protocol.syntax.ReactionEmoji;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the message JSON of sends, edits and reactions (PROTOCOL.md §7.2) from script values. */
public final class Composer {
    /** The options {@code send} and {@code reply} take. */
    public static final String[] SEND_OPTIONS = {"quote", "mentions", "ttl", "live", "file"};

    private Composer() {}

    /** A message to send: its APISendMessages parameters apart from the chat. */
    public record Outgoing(ArrayNode composedMessages, boolean live, Long ttl) {}

    /** Text becomes a {@code text} content; a map with a {@code type} is taken as MsgContent as is. */
    public static ObjectNode content(String what, Object textOrContent) {
        if (textOrContent instanceof CharSequence text) {
            return JsonNodeFactory.instance.objectNode().put("type", "text").put("text", text.toString());
        }
        if (textOrContent instanceof Map<?, ?> map && map.get("type") instanceof CharSequence) {
            ObjectNode content = Args.object(what, map);
            if (!content.path("text").isString()) content.put("text", "");
            return content;
        }
        throw new ApiArgumentException(what + " must be text or a message content like {type: 'text', text: 'hi'}, got "
                + Args.describe(textOrContent));
    }

    /**
     * One ComposedMessage with the options {@code quote} (a Message or item id), {@code mentions}
     * ({@code {name: member}}), {@code file} (a path on the core's host: the content becomes a
     * {@code file} message unless it is already a media type), {@code ttl} (seconds) and {@code live}.
     */
    public static Outgoing compose(String what, Object textOrContent, Object optionsValue) {
        Map<String, Object> options = Args.options(what + " options", optionsValue, SEND_OPTIONS);
        ObjectNode content = content(what + " message", textOrContent);
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        Object file = options.get("file");
        if (file != null) {
            String path = Args.text(what + " option file", file);
            if (content.path("type").asString("").equals("text")) content.put("type", "file");
            message.set("fileSource", JsonNodeFactory.instance.objectNode().put("filePath", path));
        }
        message.set("msgContent", content);
        if (options.get("quote") != null) message.put("quotedItemId", Args.id(what + " option quote", options.get("quote"), Ref.Kind.ITEM));
        message.set("mentions", mentions(what + " option mentions", options.get("mentions")));
        ArrayNode messages = JsonNodeFactory.instance.arrayNode().add(message);
        Long ttl = Args.integer(what + " option ttl", options.get("ttl"));
        if (ttl != null && ttl <= 0) throw new ApiArgumentException(what + " option ttl must be a positive number of seconds, got " + ttl);
        return new Outgoing(messages, Args.bool(what + " option live", options.get("live"), false), ttl);
    }

    /** An UpdatedMessage: the new content and its mentions ({@code mentions} is required by the core). */
    public static ObjectNode updated(String what, Object textOrContent, Object mentions) {
        ObjectNode updated = JsonNodeFactory.instance.objectNode();
        updated.set("msgContent", content(what + " message", textOrContent));
        updated.set("mentions", mentions(what + " option mentions", mentions));
        return updated;
    }

    /** {@code {displayName: member}} to {@code {displayName: groupMemberId}}. */
    public static ObjectNode mentions(String what, Object value) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (value == null) return out;
        if (!(value instanceof Map<?, ?> map)) {
            throw new ApiArgumentException(what + " must map names to members, like {alice: member}, got " + Args.describe(value));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put(String.valueOf(e.getKey()), Args.id(what + "." + e.getKey(), e.getValue(), Ref.Kind.MEMBER));
        }
        return out;
    }

    /** An emoji from the core's set (a trailing U+FE0F variation selector is dropped), or a MsgReaction map. */
    public static JsonNode reaction(String what, Object value) {
        if (value instanceof Map<?, ?> map) return Args.object(what, map);
        String emoji = Args.text(what, value).strip().replace("\uFE0F", "");
        if (!ReactionEmoji.ALLOWED.contains(emoji)) {
            throw new ApiArgumentException(what + " must be one of " + String.join(" ", ReactionEmoji.ALLOWED)
                    + " (the reactions the core accepts), got " + Args.describe(value));
        }
        return JsonNodeFactory.instance.objectNode().put("type", "emoji").put("emoji", emoji);
    }
}
