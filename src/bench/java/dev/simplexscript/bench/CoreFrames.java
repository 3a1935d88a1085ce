package dev.simplexscript.bench;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frames the load core sends, built from the spec's fixtures (copied under
 * {@code resources/bench/}): the active user, a received direct text message as a
 * {@code newChatItems} event, and the {@code newChatItems} response to {@code /_send}.
 */
final class CoreFrames {
    private static final String TEXT = "@@bench-text@@";
    private static final String ITEM_ID = "909090909";
    private static final String CORR_ID = "@@bench-corr-id@@";

    private final ObjectNode activeUserResp;
    private final SlotTemplate event;
    private final SlotTemplate sent;

    private CoreFrames(ObjectNode activeUserResp, SlotTemplate event, SlotTemplate sent) {
        this.activeUserResp = activeUserResp;
        this.event = event;
        this.sent = sent;
    }

    static CoreFrames load() {
        ObjectNode activeUser = (ObjectNode) fixture("response-activeUser.json").get("resp");

        JsonNode event = fixture("event-newChatItems-direct-text.json");
        stamp((ObjectNode) event.get("resp").get("chatItems").get(0).get("chatItem"));

        ObjectNode sent = (ObjectNode) fixture("response-newChatItems-sent.json");
        ObjectNode sentItem = (ObjectNode) sent.get("resp").get("chatItems").get(0).get("chatItem");
        // The echo clients send no quote, so the core's answer carries none either.
        sentItem.remove("quotedItem");
        stamp(sentItem);
        sent.put("corrId", CORR_ID);

        return new CoreFrames(activeUser,
                SlotTemplate.cut(Json.write(event), quoted(TEXT), ITEM_ID),
                SlotTemplate.cut(Json.write(sent), quoted(CORR_ID), quoted(TEXT), ITEM_ID));
    }

    /** A received message from contact 2 (alice) with this text, as the core's event. */
    String receivedText(String text, long itemId) {
        return event.render(quoted(text), Long.toString(itemId));
    }

    /** The core's answer to a {@code /_send} of this text: the sent item, as {@code newChatItems}. */
    String sentText(String corrId, String text, long itemId) {
        return sent.render(quoted(corrId), quoted(text), Long.toString(itemId));
    }

    String activeUser(String corrId) {
        return response(corrId, activeUserResp);
    }

    /**
     * {@code /_profile}: the active user now with {@code profile}. Ids and the local alias stay the
     * core's, as the real core keeps them; no contact to update, so an empty summary.
     */
    String profileUpdated(String corrId, JsonNode profile) {
        ObjectNode user = (ObjectNode) activeUserResp.get("user").deepCopy();
        ObjectNode from = (ObjectNode) user.get("profile");
        ObjectNode to = from.deepCopy();
        profile.properties().forEach(field -> to.set(field.getKey(), field.getValue()));
        to.put("profileId", from.get("profileId").asLong()).put("localAlias", from.path("localAlias").asString(""));
        user.set("profile", to);
        ObjectNode resp = Json.object().put("type", "userProfileUpdated");
        resp.set("user", user);
        resp.set("fromProfile", from);
        resp.set("toProfile", to);
        resp.putObject("updateSummary").put("updateSuccesses", 0).put("updateFailures", 0).putArray("changedContacts");
        return response(corrId, resp);
    }

    /** {@code /v}: the core's version record (not in the spec's fixtures; shape of the CLI's CRVersionInfo). */
    String versionInfo(String corrId) {
        ObjectNode resp = Json.object().put("type", "versionInfo");
        resp.putObject("versionInfo").put("version", "6.4.0.0-bench")
                .put("simplexmqVersion", "6.4.0.0").put("simplexmqCommit", "bench");
        resp.putArray("chatMigrations");
        resp.putArray("agentMigrations");
        return response(corrId, resp);
    }

    /** PROTOCOL.md §2.6: a command that does not parse or that this core does not serve. */
    String commandError(String corrId, String message) {
        ObjectNode resp = Json.object().put("type", "chatCmdError");
        resp.putObject("chatError").put("type", "error")
                .putObject("errorType").put("type", "commandError").put("message", message);
        return corrId == null ? Json.write(Json.object().set("resp", resp)) : response(corrId, resp);
    }

    private static String response(String corrId, JsonNode resp) {
        ObjectNode frame = Json.object().put("corrId", corrId);
        frame.set("resp", resp);
        return Json.write(frame);
    }

    /** Puts the text and item id markers where a real core puts each message's own. */
    private static void stamp(ObjectNode chatItem) {
        ObjectNode meta = (ObjectNode) chatItem.get("meta");
        meta.put("itemId", Long.parseLong(ITEM_ID));
        meta.put("itemText", TEXT);
        ((ObjectNode) chatItem.get("content").get("msgContent")).put("text", TEXT);
    }

    private static String quoted(String text) {
        return Json.write(text);
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = CoreFrames.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) throw new IllegalStateException("bench resource missing: /bench/" + name);
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
