package dev.simplexscript.ops;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    private final LongPredicate deploying;
    private final Consumer<AdminMessage> admin;
    private final Consumer<JsonNode> deployFile;

    /**
     * @param deploying  true for the file ids of deploys in progress
     * @param admin      gets each {@code /admin} message taken out
     * @param deployFile gets each file event of a deploy in progress
     */
    AdminFilter(LongPredicate deploying, Consumer<AdminMessage> admin, Consumer<JsonNode> deployFile) {
        this.deploying = deploying;
        this.admin = admin;
        this.deployFile = deployFile;
    }

    /**
     * @param resp the event ({@code resp} of the frame)
     * @return the event for scripts: {@code resp} itself, a copy without the {@code /admin}
     *     messages, or null when nothing is left
     */
    JsonNode screen(JsonNode resp) {
        String type = resp.path("type").asString("");
        if (type.equals("newChatItems")) return messages(resp);
        if (type.startsWith("rcvFile") && deploying.test(fileId(resp))) {
            deployFile.accept(resp);
            return null;
        }
        return resp;
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

    private JsonNode messages(JsonNode resp) {
        JsonNode items = resp.path("chatItems");
        boolean any = false;
        for (int i = 0; i < items.size() && !any; i++) any = isAdminItem(items.get(i));
        if (!any) return resp;
        long userId = resp.path("user").path("userId").asLong();
        List<JsonNode> rest = new ArrayList<>();
        for (JsonNode item : items) {
            if (isAdminItem(item)) admin.accept(read(userId, item));
            else rest.add(item);
        }
        if (rest.isEmpty()) return null;
        ObjectNode left = ((ObjectNode) resp).deepCopy();
        ArrayNode kept = left.putArray("chatItems");
        rest.forEach(kept::add);
        return left;
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
            return new AdminMessage(userId, contactId, instant(contact.path("createdAt")),
                    contact.path("localDisplayName").asString("?"), "@" + contactId, text, file);
        }
        JsonNode member = chatItem.path("chatDir").path("groupMember");
        long groupId = chatInfo.path("groupInfo").path("groupId").asLong();
        return new AdminMessage(userId, 0, null, member.path("localDisplayName").asString("?"), "#" + groupId, text, file);
    }

    /** A UTCTime field, or null when it is missing or not one. */
    private static Instant instant(JsonNode time) {
        if (!time.isString()) return null;
        try {
            return Instant.parse(time.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
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
