package dev.simplexscript.protocol.syntax;

import dev.simplexscript.protocol.Json;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The string form of a ChatRef (PROTOCOL.md §7.1), written here once for the command encoder, the
 * simulator's parser and the script API: {@code @2} (contact), {@code #1} (group),
 * {@code #1(_support)} and {@code #1(_support:3)} (a group's member support chat), {@code *1}
 * (local notes). The ChatRef itself travels as JSON ({@code {chatType, chatId, chatScope?}}).
 */
public final class ChatRefText {
    public static final Pattern TEXT = Pattern.compile("@(\\d{1,18})|#(\\d{1,18})(?:\\(_support(?::(\\d{1,18}))?\\))?|\\*(\\d{1,18})");

    private ChatRefText() {}

    /** The ChatRef JSON of a match of {@link #TEXT}. */
    public static ObjectNode json(MatchResult m) {
        if (m.group(1) != null) return Json.object().put("chatType", "direct").put("chatId", Long.parseLong(m.group(1)));
        if (m.group(4) != null) return Json.object().put("chatType", "local").put("chatId", Long.parseLong(m.group(4)));
        ObjectNode ref = Json.object().put("chatType", "group").put("chatId", Long.parseLong(m.group(2)));
        if (m.group(0).contains("(_support")) {
            ObjectNode scope = Json.object().put("type", "memberSupport");
            if (m.group(3) != null) scope.put("groupMemberId_", Long.parseLong(m.group(3)));
            ref.set("chatScope", scope);
        }
        return ref;
    }

    /** The string form of a ChatRef JSON whose {@code chatType} is direct, group or local. */
    public static String text(JsonNode ref) {
        String prefix = switch (ref.path("chatType").asString("")) {
            case "direct" -> "@";
            case "group" -> "#";
            case "local" -> "*";
            default -> throw new IllegalArgumentException("not a chat type: " + ref.path("chatType"));
        };
        StringBuilder out = new StringBuilder(prefix).append(ref.path("chatId").asLong());
        JsonNode scope = ref.path("chatScope");
        if (scope.isObject()) {
            out.append("(_support");
            if (scope.path("groupMemberId_").isIntegralNumber()) out.append(':').append(scope.path("groupMemberId_").longValue());
            out.append(')');
        }
        return out.toString();
    }
}
