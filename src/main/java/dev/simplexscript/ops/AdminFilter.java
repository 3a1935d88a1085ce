package dev.simplexscript.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes {@code /admin} messages (and the file events of a deploy in progress) out of the event
 * stream before any script sees it, so no script can read the operator's commands or clash with
 * them. It looks at every event on the client's event thread: the common case (not a message, or a
 * message that is not {@code /admin}) returns the event itself without allocating.
 */
final class AdminFilter {
    private static final String PREFIX = "/admin";

    private AdminFilter() {}

    /** What is left of one event for the scripts, and what was taken out. */
    record Screened(JsonNode forScripts, List<AdminMessage> taken, JsonNode fileEvent) {}

    /**
     * @param resp      the event ({@code resp} of the frame)
     * @param deploying true for the file ids of deploys in progress
     * @return the event for scripts (null when nothing is left), with what was taken out
     */
    static Screened screen(JsonNode resp, LongPredicate deploying) {
        String type = resp.path("type").asString("");
        if (type.equals("newChatItems")) return messages(resp);
        if (type.startsWith("rcvFile") && deploying.test(fileId(resp))) return new Screened(null, List.of(), resp);
        return new Screened(resp, List.of(), null);
    }

    /** True for text that is an {@code /admin} command (any case, leading blanks allowed), checked without allocating. */
    static boolean isAdmin(String text) {
        if (text == null) return false;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (!text.regionMatches(true, i, PREFIX, 0, PREFIX.length())) return false;
        int end = i + PREFIX.length();
        return end == text.length() || Character.isWhitespace(text.charAt(end));
    }

    private static Screened messages(JsonNode resp) {
        JsonNode items = resp.path("chatItems");
        int admin = 0;
        for (JsonNode item : items) if (isAdminItem(item)) admin++;
        if (admin == 0) return new Screened(resp, List.of(), null);
        long userId = resp.path("user").path("userId").asLong();
        List<AdminMessage> taken = new ArrayList<>(admin);
        ArrayNode rest = ((ArrayNode) items).arrayNode();
        for (JsonNode item : items) {
            if (isAdminItem(item)) taken.add(read(userId, item));
            else rest.add(item);
        }
        if (rest.isEmpty()) return new Screened(null, taken, null);
        ObjectNode left = ((ObjectNode) resp).deepCopy();
        left.set("chatItems", rest);
        return new Screened(left, taken, null);
    }

    private static boolean isAdminItem(JsonNode item) {
        JsonNode chatItem = item.path("chatItem");
        return chatItem.path("chatDir").path("type").asString("").endsWith("Rcv")
                && isAdmin(chatItem.path("content").path("msgContent").path("text").asString(null));
    }

    private static AdminMessage read(long userId, JsonNode item) {
        JsonNode chatInfo = item.path("chatInfo");
        JsonNode chatItem = item.path("chatItem");
        String text = chatItem.path("content").path("msgContent").path("text").asString();
        JsonNode f = chatItem.path("file");
        AdminMessage.FileOffer file = f.isObject()
                ? new AdminMessage.FileOffer(f.path("fileId").asLong(), f.path("fileName").asString(""), f.path("fileSize").asLong())
                : null;
        if (chatInfo.path("type").asString("").equals("direct")) {
            JsonNode contact = chatInfo.path("contact");
            long contactId = contact.path("contactId").asLong();
            return new AdminMessage(userId, contactId, contact.path("localDisplayName").asString("?"), "@" + contactId, text, file);
        }
        JsonNode member = chatItem.path("chatDir").path("groupMember");
        long groupId = chatInfo.path("groupInfo").path("groupId").asLong();
        return new AdminMessage(userId, 0, member.path("localDisplayName").asString("?"), "#" + groupId, text, file);
    }

    /** The file id an {@code rcvFile*} event is about, or -1. */
    static long fileId(JsonNode resp) {
        for (String field : new String[] {"chatItem", "chatItem_"}) {
            JsonNode id = resp.path(field).path("chatItem").path("file").path("fileId");
            if (id.isIntegralNumber()) return id.asLong();
        }
        JsonNode transfer = resp.path("rcvFileTransfer").path("fileId");
        return transfer.isIntegralNumber() ? transfer.asLong() : -1;
    }
}
