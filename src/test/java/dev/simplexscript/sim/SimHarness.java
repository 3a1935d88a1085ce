package dev.simplexscript.sim;

import dev.simplexscript.sim.json.ApiVersion;
import dev.simplexscript.sim.server.SimServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A simulated core on a WebSocket at port 0 with one test client; everything stops on close. */
final class SimHarness implements AutoCloseable {
    final SimulatedCore core;
    final SimServer server;
    final WsTestClient client;

    SimHarness(Path files, String botName, ApiVersion version) throws InterruptedException {
        this(SimOptions.defaults(files).withBotName(botName).withVersion(version));
    }

    SimHarness(SimOptions given) throws InterruptedException {
        SimOptions options = given.withClock(Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC));
        ApiVersion version = options.version();
        core = SimulatedCore.start(options);
        server = SimServer.start(core, "127.0.0.1", 0);
        client = new WsTestClient(server.port(), version == ApiVersion.V6_5);
    }

    SimHarness(Path files) throws InterruptedException {
        this(files, "bot", ApiVersion.V6_5);
    }

    @Override
    public void close() throws InterruptedException {
        client.close();
        server.close();
        core.close();
    }
}
