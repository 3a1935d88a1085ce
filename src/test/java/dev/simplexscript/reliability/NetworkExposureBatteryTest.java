package dev.simplexscript.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.client.ClientOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Battery 7: the bot API has no authentication, so a plain {@code ws://} core must be on this
 * machine unless the user says otherwise, including when the URL tries to look local.
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
}
