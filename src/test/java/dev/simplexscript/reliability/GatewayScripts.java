package dev.simplexscript.reliability;

import dev.simplexscript.api.CoreGateway;
import dev.simplexscript.host.CommandInfo;
import dev.simplexscript.host.CommandCall;
import dev.simplexscript.host.ScriptApi;
import dev.simplexscript.host.ScriptApiFactory;
import dev.simplexscript.protocol.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;

/**
 * A minimal script API over the gateway the host gives each script, for batteries about what the
 * host itself enforces: {@code send(chat, text)} goes out as a {@code /_send} command through that
 * gateway, {@code gate.hold()} blocks the script's thread until the test lets go (without using
 * CPU), {@code gate.sleep(ms)} blocks for a while. Events are {@code {"type":"newChatItems","text":...}}
 * and reach {@code on.message} handlers as an object with {@code text}.
 */
final class GatewayScripts implements ScriptApiFactory {
    final Map<String, CoreGateway> gateways = new ConcurrentHashMap<>();
    final Map<String, ScriptApi> apis = new ConcurrentHashMap<>();
    final Gate gate = new Gate();

    @Override
    public ScriptApi create(String owner, CoreGateway core) {
        gateways.put(owner, core);
        ScriptApi api = new Api(core);
        apis.put(owner, api);
        return api;
    }

    static JsonNode message(String text) {
        return Json.object().put("type", "newChatItems").put("text", text);
    }

    private final class Api implements ScriptApi {
        private final Map<String, Object> globals;

        Api(CoreGateway core) {
            this.globals = Map.of("send", new Send(core), "gate", gate);
        }

        @Override
        public Map<String, Object> globals() {
            return globals;
        }

        @Override
        public List<String> sugarsFor(String eventType) {
            return eventType.equals("newChatItems") ? List.of("message") : List.of();
        }

        @Override
        public List<Object> wrap(String sugarName, JsonNode event) {
            return List.of(new Msg(event.path("text").asString("")));
        }

        @Override
        public Optional<CommandCall> command(Object message) {
            return Optional.empty();
        }

        @Override
        public CompletableFuture<Object> reply(Object message, String text) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Object> publishCommands(List<CommandInfo> commands) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** {@code send(chat, text)}: one {@code /_send} command through the script's gateway. */
    public static final class Send {
        private final CoreGateway core;

        Send(CoreGateway core) {
            this.core = core;
        }

        @Export
        public CompletableFuture<Object> call(Object... args) {
            return core.command("/_send " + args[0] + " text " + Json.write(args[1])).thenApply(resp -> Map.of("sent", true));
        }
    }

    /** A received message as the test API shows it. */
    public static final class Msg {
        @Export public final String text;

        Msg(String text) {
            this.text = text;
        }
    }

    /** Holds a script's thread without using CPU, as a slow disk or a busy machine would. */
    public static final class Gate {
        private volatile CountDownLatch release = new CountDownLatch(1);
        private final CountDownLatch holding = new CountDownLatch(1);

        @Export
        public void hold() throws InterruptedException {
            holding.countDown();
            release.await(60, TimeUnit.SECONDS);
        }

        @Export
        public void sleep(int millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        void awaitHolding() throws InterruptedException {
            if (!holding.await(20, TimeUnit.SECONDS)) throw new AssertionError("no script reached gate.hold()");
        }

        void release() {
            release.countDown();
        }
    }
}
