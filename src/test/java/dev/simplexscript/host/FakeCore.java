package dev.simplexscript.host;

import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.client.CoreGateway;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Patience;
import dev.simplexscript.testutil.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A core behind the real script API for host tests: it records every message sent ({@code send},
 * {@code msg.reply}) and every command menu published, and answers with the spec's fixtures.
 * Sends to {@code @99} fail as the core fails them for an unknown contact; any command the host
 * tests do not expect fails, naming itself.
 */
final class FakeCore implements CoreGateway {
    /** One outgoing message: the chat reference it went to and its text. */
    record Sent(String chat, String text) {}

    private static final Pattern SEND = Pattern.compile("/_send (\\S+)(?: live=on)?(?: ttl=\\d+)? json (.*)", Pattern.DOTALL);
    private static final Pattern PROFILE = Pattern.compile("/_profile \\d+ (.*)", Pattern.DOTALL);
    private static final JsonNode TEXT_EVENT = fixture("event-newChatItems-direct-text.json").get("resp");
    private static final JsonNode SENT = Spec.resp("response-newChatItems-sent.json");

    final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    final BlockingQueue<List<CommandInfo>> published = new LinkedBlockingQueue<>();

    /** A {@code newChatItems} event from the spec fixture, with {@code text} as the message. */
    static JsonNode message(String text) {
        ObjectNode event = (ObjectNode) TEXT_EVENT.deepCopy();
        ObjectNode item = (ObjectNode) event.get("chatItems").get(0).get("chatItem");
        ((ObjectNode) item.get("meta")).put("itemText", text);
        ((ObjectNode) item.get("content").get("msgContent")).put("text", text);
        return event;
    }

    static JsonNode fixture(String name) {
        return Spec.frame(name);
    }

    @Override
    public CompletableFuture<JsonNode> command(String command) {
        if (command.equals("/user")) return CompletableFuture.completedFuture(Spec.resp("response-activeUser.json"));
        Matcher send = SEND.matcher(command);
        if (send.matches()) {
            if (send.group(1).equals("@99")) {
                return CompletableFuture.failedFuture(new ChatException(Spec.resp("response-chatCmdError-store-contactNotFound.json").get("chatError")));
            }
            String text = Json.parse(send.group(2)).get(0).path("msgContent").path("text").asString();
            sent.add(new Sent(send.group(1), text));
            return CompletableFuture.supplyAsync(() -> sentItem(text));
        }
        Matcher profile = PROFILE.matcher(command);
        if (profile.matches()) {
            List<CommandInfo> menu = new ArrayList<>();
            for (JsonNode c : Json.parse(profile.group(1)).path("preferences").path("commands")) {
                String label = c.path("label").asString();
                menu.add(new CommandInfo(c.path("keyword").asString(), label.equals(c.path("keyword").asString()) ? "" : label));
            }
            published.add(menu);
            return CompletableFuture.completedFuture(Json.object().put("type", "userProfileNoChange").set("user", Spec.resp("response-activeUser.json").get("user")));
        }
        return CompletableFuture.failedFuture(new AssertionError("the fake core does not expect " + command));
    }

    private static JsonNode sentItem(String text) {
        ObjectNode resp = (ObjectNode) SENT.deepCopy();
        ObjectNode item = (ObjectNode) resp.get("chatItems").get(0).get("chatItem");
        ((ObjectNode) item.get("meta")).put("itemText", text);
        ((ObjectNode) item.get("content").get("msgContent")).put("text", text);
        return resp;
    }

    /** The next message sent; fails when nothing comes within the patience. */
    Sent next() throws InterruptedException {
        Sent s = sent.poll(Patience.WAIT.toSeconds(), TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("nothing was sent within " + Patience.WAIT.toSeconds() + " s");
        return s;
    }

    /**
     * The texts sent until one equal to {@code marker} (excluded): a test that must see nothing
     * else sends a marker after what it checks and reads up to it, never waiting for silence.
     */
    List<String> until(String marker) throws InterruptedException {
        List<String> before = new ArrayList<>();
        for (String text; !(text = next().text()).equals(marker); ) before.add(text);
        return before;
    }
}
