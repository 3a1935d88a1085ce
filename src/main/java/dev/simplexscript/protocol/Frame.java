package dev.simplexscript.protocol;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebSocket frames of the bot API (PROTOCOL.md §2.3–2.6), both ways, read and written only
 * here: from the core a {@link Response} to the command with that corrId or an {@link Event}
 * ({@code {"corrId"?,"resp"}}), to the core a {@link Request} ({@code {"corrId","cmd"}}). A frame
 * is read once into a JSON tree that nobody changes afterwards: the client, the script API's
 * event views and the simulator all read that one tree.
 */
public sealed interface Frame {

    /** The {@code resp} object, with an optional {@code Right}/{@code Left} wrapper already removed (§2.6). */
    JsonNode resp();

    /** The union tag {@code resp.type}, or "" when it is missing or not a string. */
    default String type() {
        JsonNode type = resp().get("type");
        return type != null && type.isString() ? type.stringValue() : "";
    }

    /** True for {@code chatCmdError}: the core refused a command (with corrId) or a frame it could not read (without). */
    default boolean isCommandError() {
        return type().equals("chatCmdError");
    }

    /** The answer to the command sent with {@code corrId}; may be a {@code chatCmdError}. */
    record Response(String corrId, JsonNode resp) implements Frame {
        /** The frame as the core writes it; {@code rightWrapper} wraps {@code resp} as some builds do (§2.6). */
        public String write(boolean rightWrapper) {
            ObjectNode frame = Json.object().put("corrId", corrId);
            frame.set("resp", wrap(resp, rightWrapper));
            return Json.write(frame);
        }
    }

    /**
     * An uncorrelated message. A {@code chatCmdError} without corrId (a request the core could not
     * read at all, "invalid request") also arrives here.
     */
    record Event(JsonNode resp) implements Frame {
        /** The frame as the core writes it; {@code rightWrapper} wraps {@code resp} as some builds do (§2.6). */
        public String write(boolean rightWrapper) {
            ObjectNode frame = Json.object();
            frame.set("resp", wrap(resp, rightWrapper));
            return Json.write(frame);
        }
    }

    /** A command to the core. */
    record Request(String corrId, String cmd) {
        /** {@code {"corrId":"…","cmd":"…"}}, compact, with {@code cmd} escaped. */
        public String write() {
            StringBuilder frame = new StringBuilder(cmd.length() + corrId.length() + 24);
            frame.append("{\"corrId\":\"");
            JsonStringEncoder.getInstance().quoteAsString(corrId, frame);
            frame.append("\",\"cmd\":\"");
            JsonStringEncoder.getInstance().quoteAsString(cmd, frame);
            return frame.append("\"}").toString();
        }

        /** The request in a frame, or empty when the frame is not {@code {corrId: string, cmd: string}}. */
        public static Optional<Request> read(String text) {
            JsonNode node;
            try {
                node = Json.parse(text);
            } catch (JacksonException e) {
                return Optional.empty();
            }
            if (node == null || !node.isObject() || !node.path("corrId").isString() || !node.path("cmd").isString()) return Optional.empty();
            return Optional.of(new Request(node.get("corrId").stringValue(), node.get("cmd").stringValue()));
        }
    }

    /** Reads one frame from the core's UTF-8 bytes; the product's one parse of a frame. */
    static Frame read(byte[] utf8, int offset, int length) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(utf8, offset, length);
        } catch (JacksonException e) {
            throw FrameException.notJson(e);
        }
        return read(root);
    }

    /** Reads one frame from text. */
    static Frame read(String text) {
        JsonNode root;
        try {
            root = Json.parse(text);
        } catch (JacksonException e) {
            throw FrameException.notJson(e);
        }
        return read(root);
    }

    /** Reads one already parsed frame {@code {"corrId"?, "resp"}}. */
    static Frame read(JsonNode root) {
        if (root == null || !root.isObject()) throw new FrameException("not a JSON object");
        JsonNode resp = root.get("resp");
        if (resp == null || !resp.isObject()) throw new FrameException("no \"resp\" object");
        JsonNode corrId = root.get("corrId");
        if (corrId == null || corrId.isNull()) return new Event(unwrap(resp));
        if (!corrId.isString()) throw new FrameException("\"corrId\" is not a string");
        return new Response(corrId.stringValue(), unwrap(resp));
    }

    /** A short, single-line piece of a frame or command for log lines and error messages. */
    static String excerpt(String text) {
        if (text == null) return "<none>";
        int limit = 160;
        boolean cut = text.length() > limit;
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 32);
        for (int i = 0; i < Math.min(text.length(), limit); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 ? ' ' : c);
        }
        if (cut) out.append("… (").append(text.length()).append(" chars)");
        return out.toString();
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

    /** The aeson {@code Either} encoding (§2.6): errors Left, the rest Right. */
    private static JsonNode wrap(JsonNode resp, boolean rightWrapper) {
        if (!rightWrapper) return resp;
        ObjectNode wrapped = Json.object();
        wrapped.set(resp.path("type").asString("").equals("chatCmdError") ? "Left" : "Right", resp);
        return wrapped;
    }
}
