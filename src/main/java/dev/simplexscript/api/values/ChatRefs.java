package dev.simplexscript.api.values;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.ChatRefText;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** ChatRef objects (PROTOCOL.md §7.1) from their string form ({@link ChatRefText#TEXT}) and from ChatInfo, and back to text. */
public final class ChatRefs {
    private ChatRefs() {}

    /** Parses {@code @2}, {@code #1}, {@code #1(_support)}, {@code #1(_support:3)} or {@code *1}; null if it is not one. */
    public static ObjectNode parse(String text) {
        Matcher m = ChatRefText.TEXT.matcher(text.strip());
        return m.matches() ? ChatRefText.json(m) : null;
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
        return ChatRefText.text(ref);
    }
}
