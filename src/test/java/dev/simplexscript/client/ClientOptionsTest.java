package dev.simplexscript.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ws://example.com:5225", "ws://10.0.0.7:5225", "ws://192.168.1.2", "ws://[2001:db8::1]:5225",
            "ws://localhost.example.com:5225", "ws://127.0.0.1.nip.io:5225"})
    void plainWsToANonLoopbackHostIsRefused(String uri) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().uri(uri).build());
        assertTrue(e.getMessage().contains("refusing unencrypted ws://"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://localhost:5225", "ws://LOCALHOST:5225", "ws://127.0.0.1:5225", "ws://127.3.2.1", "ws://[::1]:5225"})
    void loopbackHostsAreAccepted(String uri) {
        assertEquals(uri, ClientOptions.builder().uri(uri).build().uri().toString());
    }

    @Test
    void remoteWsNeedsTheExplicitOption() {
        assertTrue(ClientOptions.builder().uri("ws://example.com:5225").allowRemote(true).build().allowRemote());
    }

    @Test
    void wssToARemoteHostIsAccepted() {
        assertEquals("wss", ClientOptions.builder().uri("wss://bot:pw@chat.example.com/ws").build().uri().getScheme());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:5225", "localhost:5225", "ws:///path"})
    void nonWebSocketUrlsAreRefused(String uri) {
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().uri(uri).build());
    }

    @Test
    void credentialsNeverShowInToString() {
        ClientOptions options = ClientOptions.builder().uri("wss://bot:topsecret@chat.example.com/ws").build();
        assertFalse(options.toString().contains("topsecret"), options.toString());
        assertEquals("wss://***@chat.example.com/ws", options.displayUri());
    }

    @Test
    void defaultsSuitALocalCore() {
        ClientOptions options = ClientOptions.builder().build();
        assertEquals("ws://localhost:5225", options.uri().toString());
        assertEquals(Duration.ofSeconds(60), options.commandTimeout());
    }

    @Test
    void inconsistentValuesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ClientOptions.builder().backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)).build());
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().commandTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxFrameChars(0).build());
    }
}
