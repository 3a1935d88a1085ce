package dev.simplexscript.protocol;

import tools.jackson.databind.JsonNode;

/**
 * A {@code ChatError} from the core (PROTOCOL.md §7.10), usable as an exception. The message names
 * the error type and its inner error, e.g. {@code errorStore/contactNotFound}, because scripts and
 * logs match on those, never on the core's free text.
 */
public class ChatException extends RuntimeException {
    private final transient JsonNode chatError;
    private final String errorType;

    public ChatException(JsonNode chatError) {
        super(describe(chatError));
        this.chatError = chatError;
        this.errorType = typeOf(chatError);
    }

    /** The raw {@code ChatError} object as the core sent it. */
    public JsonNode chatError() {
        return chatError;
    }

    /** {@code "<type>/<inner type>"}, e.g. {@code error/noActiveUser}, {@code errorStore/largeMsg}. */
    public String errorType() {
        return errorType;
    }

    /** True when the inner error has the given tag, e.g. {@code is("contactNotFound")}. */
    public boolean is(String innerType) {
        return errorType.endsWith("/" + innerType) || errorType.equals(innerType);
    }

    static String typeOf(JsonNode chatError) {
        String outer = chatError.path("type").asString("unknown");
        JsonNode inner = switch (outer) {
            case "error" -> chatError.path("errorType");
            case "errorStore" -> chatError.path("storeError");
            case "errorAgent" -> chatError.path("agentError");
            case "errorDatabase" -> chatError.path("databaseError");
            default -> null;
        };
        String innerType = inner == null ? null : inner.path("type").asString(null);
        return innerType == null ? outer : outer + "/" + innerType;
    }

    private static String describe(JsonNode chatError) {
        String type = typeOf(chatError);
        String detail = findMessage(chatError);
        return detail == null ? "chat error " + type : "chat error " + type + ": " + detail;
    }

    private static String findMessage(JsonNode node) {
        for (JsonNode inner : node) {
            if (inner.isObject()) {
                String message = inner.path("message").asString(null);
                if (message != null) return message;
            }
        }
        return null;
    }
}
