package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.cli.SimCommand;
import dev.simplexscript.client.ClientOptions;
import dev.simplexscript.sim.SimOptions;
import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.server.SimServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import picocli.CommandLine;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Battery 7: the bot API has no authentication, so a plain {@code ws://} core must be on this
 * machine unless the user says otherwise, including when the URL tries to look local; and the
 * simulator, like the real CLI, listens on loopback only unless told otherwise.
 */
class NetworkExposureBatteryTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ws://example.com:5225", "ws://10.0.0.7:5225", "ws://192.168.1.20:5225", "ws://0.0.0.0:5225",
        "ws://[::]:5225", "ws://[fe80::1]:5225", "ws://localhost.example.com:5225", "ws://127.0.0.1.nip.io:5225",
        "ws://127.0.0.1@example.com:5225", "ws://alice:s3cret@example.com:5225", "ws://example.com:5225/#@127.0.0.1",
        "ws://example.com:5225/?host=localhost", "WS://EXAMPLE.COM:5225", "ws://169.254.1.1:5225"})
    void plainWebSocketToAnotherMachineIsRefusedWithoutTheFlag(String uri) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClientOptions.builder().uri(uri).build(), uri);
        assertTrue(refused.getMessage().contains("non-loopback"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("s3cret"), "credentials stay out of the message: " + refused.getMessage());
        assertEquals(uri, ClientOptions.builder().uri(uri).allowRemote(true).build().uri().toString(), "allowed with the flag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://localhost:5225", "ws://LocalHost:5225", "ws://127.0.0.1:5225", "ws://127.9.8.7:1",
        "ws://[::1]:5225", "ws://user:pass@localhost:5225", "wss://example.com:443", "wss://10.0.0.7:5225"})
    void loopbackAndTlsNeedNoFlag(String uri) {
        assertEquals(uri, ClientOptions.builder().uri(uri).build().uri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:5225", "tcp://127.0.0.1:5225", "ws:///path-only", "file:///etc/passwd"})
    void otherSchemesAndHostlessUrlsAreRefused(String uri) {
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().uri(uri).allowRemote(true).build(), uri);
    }

    @Test
    void simulatorListensOnLoopbackByDefault() {
        String host = new CommandLine(new SimCommand()).getCommandSpec().findOption("--host").defaultValue();
        assertTrue(isLoopbackLiteral(host), "sim --host defaults to " + host);
    }

    @Test
    void simulatorOnTheDefaultHostCannotBeReachedFromAnotherInterface(@TempDir Path files) throws Exception {
        List<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.isAnyLocalAddress())
                .toList();
        Assumptions.assumeFalse(external.isEmpty(), "this machine has no non-loopback address to try");
        String host = new CommandLine(new SimCommand()).getCommandSpec().findOption("--host").defaultValue();
        try (SimulatedCore core = SimulatedCore.start(SimOptions.defaults(files)); SimServer server = SimServer.start(core, host, 0)) {
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2_000);
            }
            for (InetAddress address : external) {
                assertThrows(IOException.class, () -> {
                    try (Socket remote = new Socket()) {
                        remote.connect(new InetSocketAddress(address, server.port()), 2_000);
                    }
                }, "reachable on " + address.getHostAddress());
            }
        }
    }

    private static boolean isLoopbackLiteral(String host) {
        try {
            return InetAddress.ofLiteral(host).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }
}
