package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One frame the fuzzing core sends, and what PROTOCOL.md §2.4-2.5 says a client must make of it.
 *
 * @param kind   how the generator made it (for the report)
 * @param text   the text frame, or {@code null} for a binary one
 * @param binary the binary frame, or {@code null} for a text one
 * @param seq    the sequence number of a good event the listener must see in order, else -1
 */
record FuzzFrame(Kind kind, String text, byte[] binary, long seq) {

    enum Kind { GOOD_EVENT, WRAPPED_EVENT, TRUNCATED, MUTATED, RANDOM_TEXT, DEEP_NESTING, OVERSIZED, WRONG_TYPE,
        UNKNOWN_TAG, WRONG_ENVELOPE, UNKNOWN_CORRID, BINARY }

    /** Where a frame must end up in the client: delivered as an event, or one of the drop counters. */
    enum Outcome { EVENT, MALFORMED, INVALID_ENVELOPE, OVERSIZED, UNKNOWN_CORRID, BINARY }

    /**
     * The spec's rule, applied independently of the client: a frame over the size limit is
     * dropped unread; text that is not JSON is malformed; JSON that is not an object with a
     * {@code resp} object and an optional string {@code corrId} is an invalid envelope; a
     * {@code corrId} no command waits for is unknown (the fuzzer never uses a decimal corrId, the
     * client's own form, so none of its frames can answer a real command).
     */
    Outcome expected(int maxFrameChars) {
        if (binary != null) return Outcome.BINARY;
        if (text.length() > maxFrameChars) return Outcome.OVERSIZED;
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return Outcome.MALFORMED;
        }
        if (root == null || !root.isObject()) return Outcome.INVALID_ENVELOPE;
        JsonNode resp = root.get("resp");
        if (resp == null || !resp.isObject()) return Outcome.INVALID_ENVELOPE;
        JsonNode corrId = root.get("corrId");
        if (corrId == null || corrId.isNull()) return Outcome.EVENT;
        return corrId.isString() ? Outcome.UNKNOWN_CORRID : Outcome.INVALID_ENVELOPE;
    }

    /** True when the frame carries a decimal corrId, which could answer one of the client's real commands. */
    boolean mayAnswerARealCommand() {
        if (text == null) return false;
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return false;
        }
        JsonNode corrId = root == null ? null : root.get("corrId");
        return corrId != null && corrId.isString() && corrId.stringValue().chars().allMatch(Character::isDigit);
    }
}
