package dev.simplexscript.protocol;

import dev.simplexscript.protocol.event.ChatEvent;
import dev.simplexscript.protocol.model.ChatError;
import dev.simplexscript.protocol.response.ChatResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One frame from the core, decoded (PROTOCOL.md §2.4-2.6): a {@link Response} to the command with
 * that corrId, or an {@link Event}. The presence of {@code corrId} is the only difference; the same
 * tag (e.g. {@code newChatItems}) decodes to a {@link ChatResponse} member in a response and to a
 * {@link ChatEvent} member in an event.
 */
public sealed interface Frame {

    /** The answer to the command sent with {@code corrId}; may be a {@code chatCmdError}. */
    record Response(String corrId, ChatResponse response) implements Frame {
        /** The response, or a {@link ChatException} when the command failed. */
        public ChatResponse orThrow() {
            if (response instanceof ChatResponse.ChatCmdError e) throw new ChatException(e.chatError());
            return response;
        }
    }

    /**
     * An uncorrelated message. A {@code chatCmdError} without corrId (a request the core could not
     * read at all, "invalid request") also arrives here, as {@link ChatEvent.ChatCmdError}.
     */
    record Event(ChatEvent event) implements Frame {}

    /** Decodes one text frame. */
    static Frame decode(String text) {
        JsonNode frame;
        try {
            frame = Json.parse(text);
        } catch (JacksonException e) {
            throw new FrameException("frame is not JSON (" + e.getOriginalMessage() + "): " + excerpt(text), e);
        }
        return decode(frame);
    }

    /** Decodes one already parsed frame {@code {"corrId"?, "resp"}}. */
    static Frame decode(JsonNode frame) {
        if (!frame.isObject()) throw new FrameException("frame is not a JSON object: " + excerpt(frame.toString()));
        JsonNode resp = frame.get("resp");
        if (resp == null || !resp.isObject()) {
            throw new FrameException("frame has no \"resp\" object: " + excerpt(frame.toString()));
        }
        JsonNode corrId = frame.get("corrId");
        if (corrId == null || corrId.isNull()) return new Event(decodeEvent(resp));
        if (!corrId.isString()) throw new FrameException("frame corrId is not a string: " + excerpt(frame.toString()));
        return new Response(corrId.stringValue(), decodeResponse(resp));
    }

    /** Decodes the {@code resp} of a frame that has a corrId. */
    static ChatResponse decodeResponse(JsonNode resp) {
        return decodeAs(unwrap(resp), ChatResponse.class, "response");
    }

    /** Decodes the {@code resp} of a frame without corrId. */
    static ChatEvent decodeEvent(JsonNode resp) {
        return decodeAs(unwrap(resp), ChatEvent.class, "event");
    }

    /** The frame the core would send for this response, compact JSON. */
    static String encode(String corrId, ChatResponse response) {
        ObjectNode frame = Json.object().put("corrId", corrId);
        frame.set("resp", Json.tree(response));
        return Json.write(frame);
    }

    /** The frame the core would send for this event, compact JSON. */
    static String encode(ChatEvent event) {
        ObjectNode frame = Json.object();
        frame.set("resp", Json.tree(event));
        return Json.write(frame);
    }

    /**
     * Some builds hand an {@code Either} to aeson, giving {@code {"Right":resp}} or
     * {@code {"Left":error}} (PROTOCOL.md §2.6); real captures show neither, so both are accepted.
     */
    private static JsonNode unwrap(JsonNode resp) {
        if (resp.size() != 1 || resp.has("type")) return resp;
        JsonNode right = resp.get("Right");
        if (right != null && right.isObject()) return right;
        JsonNode left = resp.get("Left");
        if (left == null || !left.isObject()) return resp;
        if (left.path("type").asString("").equals("chatCmdError")) return left;
        ObjectNode error = Json.object().put("type", "chatCmdError");
        error.set("chatError", left);
        return error;
    }

    private static <T> T decodeAs(JsonNode resp, Class<T> union, String kind) {
        if (!resp.path("type").isString()) {
            throw new FrameException(kind + " has no string \"type\": " + excerpt(resp.toString()));
        }
        try {
            return Json.MAPPER.treeToValue(resp, union);
        } catch (JacksonException e) {
            throw new FrameException("cannot decode " + kind + " " + resp.get("type").stringValue() + ": "
                    + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }

    /** Convenience for callers holding a typed error, e.g. from a {@code chatError} event. */
    static ChatException exception(ChatError error) {
        return new ChatException(error);
    }
}
