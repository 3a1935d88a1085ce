package dev.simplexscript.client;

import dev.simplexscript.protocol.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * One frame from the core, read once: {@code {"corrId"?,"resp"}} (PROTOCOL.md §2.4, §2.5), and
 * the request frame the client sends (§2.3).
 *
 * @param corrId the correlation id of a response, {@code null} for an event
 * @param resp   the response or event object, with an optional {@code Right}/{@code Left}
 *               wrapper already removed (§2.6)
 */
record Envelope(String corrId, JsonNode resp) {

    static final String CHAT_CMD_ERROR = "chatCmdError";
    private static final int EXCERPT_CHARS = 160;

    /** Why a frame could not be read; carries no stack trace because it is routine bad input. */
    static final class BadFrame extends Exception {
        /** True for text that is not JSON at all (or truncated), false for the wrong JSON shape. */
        final boolean malformed;

        BadFrame(boolean malformed, String message) {
            super(message, null, false, false);
            this.malformed = malformed;
        }
    }

    static Envelope parse(String text) throws BadFrame {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new BadFrame(true, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new BadFrame(false, "not a JSON object");
        }
        JsonNode resp = root.get("resp");
        if (resp == null || !resp.isObject()) {
            throw new BadFrame(false, "no \"resp\" object");
        }
        JsonNode corrId = root.get("corrId");
        if (corrId == null || corrId.isNull()) {
            return new Envelope(null, unwrap(resp));
        }
        if (!corrId.isString()) {
            throw new BadFrame(false, "\"corrId\" is not a string");
        }
        return new Envelope(corrId.stringValue(), unwrap(resp));
    }

    /**
     * Removes the aeson {@code Either} encoding some builds may use: an object whose only key is
     * {@code Right} or {@code Left} holding an object.
     */
    private static JsonNode unwrap(JsonNode resp) {
        if (resp.size() != 1) return resp;
        JsonNode inner = resp.get("Right");
        if (inner == null) inner = resp.get("Left");
        return inner != null && inner.isObject() ? inner : resp;
    }

    boolean isEvent() {
        return corrId == null;
    }

    /** The union tag {@code resp.type}, or {@code null} when missing or not a string. */
    String type() {
        JsonNode type = resp.get("type");
        return type != null && type.isString() ? type.stringValue() : null;
    }

    boolean isCommandError() {
        return CHAT_CMD_ERROR.equals(type());
    }

    /** The request frame {@code {"corrId":"…","cmd":"…"}}, compact, with {@code cmd} escaped. */
    static String request(String corrId, String command) {
        StringBuilder frame = new StringBuilder(command.length() + corrId.length() + 24);
        frame.append("{\"corrId\":\"").append(corrId).append("\",\"cmd\":\"");
        JsonStringEncoder.getInstance().quoteAsString(command, frame);
        return frame.append("\"}").toString();
    }

    /** A short, single-line piece of a frame or command for log lines and error messages. */
    static String excerpt(String text) {
        if (text == null) return "<none>";
        boolean cut = text.length() > EXCERPT_CHARS;
        StringBuilder out = new StringBuilder(Math.min(text.length(), EXCERPT_CHARS) + 32);
        for (int i = 0; i < Math.min(text.length(), EXCERPT_CHARS); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 ? ' ' : c);
        }
        if (cut) out.append("… (").append(text.length()).append(" chars)");
        return out.toString();
    }
}
