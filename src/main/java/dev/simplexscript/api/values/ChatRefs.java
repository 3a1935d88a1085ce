package dev.simplexscript.api.values;

import dev.simplexscript.protocol.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** ChatRef objects (PROTOCOL.md §7.1) from their string form and from ChatInfo, and back to text. */
public final class ChatRefs {
    private static final Pattern REF = Pattern.compile("([@#*])(\\d{1,18})(?:\\(_support(?::(\\d{1,18}))?\\))?");

    private ChatRefs() {}

    /** Parses {@code @2}, {@code #1}, {@code #1(_support)}, {@code #1(_support:3)} or {@code *1}; null if it is not one. */
    public static ObjectNode parse(String text) {
        Matcher m = REF.matcher(text.strip());
        if (!m.matches()) return null;
        String type = switch (m.group(1)) {
            case "@" -> "direct";
            case "#" -> "group";
            default -> "local";
        };
        ObjectNode ref = Json.object().put("chatType", type).put("chatId", Long.parseLong(m.group(2)));
        if (text.contains("(_support")) {
            if (!type.equals("group")) return null;
            ObjectNode scope = Json.object().put("type", "memberSupport");
            if (m.group(3) != null) scope.put("groupMemberId_", Long.parseLong(m.group(3)));
            ref.set("chatScope", scope);
        }
        return ref;
    }

    public static ObjectNode direct(long contactId) {
        return Json.object().put("chatType", "direct").put("chatId", contactId);
    }

    public static ObjectNode group(long groupId) {
        return Json.object().put("chatType", "group").put("chatId", groupId);
    }

    /**
     * The ChatRef a ChatInfo can be sent to, as the official library's {@code chatInfoRef} derives it
     * (a group's support scope included); null for chat kinds that cannot be sent to.
     */
    public static ObjectNode fromChatInfo(JsonNode chatInfo) {
        return switch (chatInfo.path("type").asString("")) {
            case "direct" -> direct(chatInfo.path("contact").path("contactId").asLong());
            case "group" -> {
                ObjectNode ref = group(chatInfo.path("groupInfo").path("groupId").asLong());
                JsonNode scope = chatInfo.path("groupChatScope");
                if (scope.isObject()) {
                    ObjectNode refScope = Json.object().put("type", "memberSupport");
                    JsonNode member = scope.path("groupMember_").path("groupMemberId");
                    if (member.isIntegralNumber()) refScope.put("groupMemberId_", member.longValue());
                    ref.set("chatScope", refScope);
                }
                yield ref;
            }
            case "local" -> Json.object().put("chatType", "local").put("chatId", chatInfo.path("noteFolder").path("noteFolderId").asLong());
            default -> null;
        };
    }

    /** The string form, e.g. {@code #1(_support:3)}. */
    public static String text(JsonNode ref) {
        String prefix = switch (ref.path("chatType").asString("")) {
            case "direct" -> "@";
            case "group" -> "#";
            default -> "*";
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
