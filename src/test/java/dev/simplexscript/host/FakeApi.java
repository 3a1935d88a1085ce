package dev.simplexscript.host;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the real script API: {@code send} and {@code msg.reply} record what a script
 * sent, received messages are read from the spec's {@code newChatItems} fixture.
 */
final class FakeApi implements ScriptApiFactory {
    /** One outgoing message: which script (or "host") sent what to which chat. */
    record Sent(String owner, String chat, String text) {}

    final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    final BlockingQueue<List<CommandInfo>> published = new LinkedBlockingQueue<>();
    private static final JsonNode TEXT_EVENT = fixture("event-newChatItems-direct-text.json").get("resp");

    @Override
    public ScriptApi create(String owner, dev.simplexscript.api.CoreGateway core) {
        return new Api(owner);
    }

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

    /** The next message sent, or a failure after 5 s. */
    Sent next() throws InterruptedException {
        Sent s = sent.poll(5, TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("nothing was sent within 5 s");
        return s;
    }

    /** True when nothing more is sent within {@code millis}. */
    boolean quietFor(long millis) throws InterruptedException {
        return sent.poll(millis, TimeUnit.MILLISECONDS) == null;
    }

    final class Api implements ScriptApi {
        private final String owner;

        Api(String owner) {
            this.owner = owner;
        }

        @Override
        public Map<String, Object> globals() {
            return Map.of("send", new Send(owner));
        }

        @Override
        public List<String> sugarsFor(String eventType) {
            return eventType.equals("newChatItems") ? List.of("message") : List.of();
        }

        @Override
        public List<Object> wrap(String sugarName, JsonNode event) {
            List<Object> out = new ArrayList<>();
            for (JsonNode item : event.get("chatItems")) {
                JsonNode contact = item.get("chatInfo").get("contact");
                out.add(new Message(owner, item.get("chatItem").get("content").get("msgContent").get("text").asString(),
                        "@" + contact.get("contactId").asInt(), contact.get("localDisplayName").asString()));
            }
            return out;
        }

        @Override
        public Optional<CommandCall> command(Object message) {
            String text = ((Message) message).text;
            if (!text.startsWith("/")) return Optional.empty();
            String[] words = text.substring(1).strip().split("\\s+");
            String rest = text.substring(1 + words[0].length()).strip();
            return Optional.of(new CommandCall(words[0], Arrays.asList(words).subList(1, words.length), rest));
        }

        @Override
        public CompletableFuture<Object> reply(Object message, String text) {
            return ((Message) message).reply(text);
        }

        @Override
        public CompletableFuture<Object> publishCommands(List<CommandInfo> commands) {
            published.add(commands);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The script's {@code send(chat, text)}; {@code send("fail", ...)} fails like a core error. */
    public final class Send {
        private final String owner;

        Send(String owner) {
            this.owner = owner;
        }

        @HostAccess.Export
        public CompletableFuture<Object> call(Object... args) {
            if (args.length != 2) throw new IllegalArgumentException("send(chat, text) takes 2 arguments");
            if ("fail".equals(args[0])) {
                return CompletableFuture.failedFuture(new IllegalStateException("chat error errorStore/contactNotFound"));
            }
            String text = args[1] instanceof String s ? s : Json.write(args[1]);
            sent.add(new Sent(owner, String.valueOf(args[0]), text));
            return CompletableFuture.supplyAsync(() -> Map.of("sent", text));
        }
    }

    /** A received message as scripts see it. */
    public final class Message {
        private final String owner;
        @HostAccess.Export public final String text;
        @HostAccess.Export public final String chat;
        @HostAccess.Export public final String sender;

        Message(String owner, String text, String chat, String sender) {
            this.owner = owner;
            this.text = text;
            this.chat = chat;
            this.sender = sender;
        }

        @HostAccess.Export
        public CompletableFuture<Object> reply(String text) {
            sent.add(new Sent(owner, chat, text));
            return CompletableFuture.supplyAsync(() -> Map.of("sent", text));
        }
    }
}
