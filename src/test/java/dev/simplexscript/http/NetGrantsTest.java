package dev.simplexscript.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetGrantsTest {
    private static final NetGrants CEILING = NetGrants.parse(List.of("api.example.com,*.example.org", "127.0.0.1:8080", "localhost:9000"));

    @Test
    void aScriptAsksInItsHeaderAndGetsWhatLiesWithinTheCeiling() {
        String source = """
                #!/usr/bin/env simplex-script
                // lookup bot
                // @allow-net api.example.com, prices.example.org
                /* @allow-net evil.com */
                // @allow-net 127.0.0.1:8080 localhost:9001
                on.message(msg => msg.reply('hi'))
                // @allow-net after.example.org
                """;
        List<String> requested = NetGrants.requestedBy(source);
        assertEquals(List.of("api.example.com", "prices.example.org", "evil.com", "127.0.0.1:8080", "localhost:9001"), requested);
        NetGrants.Granting granting = CEILING.grant(requested);
        assertEquals("api.example.com, prices.example.org, 127.0.0.1:8080", granting.granted().toString());
        assertEquals(List.of("evil.com (not within --allow-net)", "localhost:9001 (not within --allow-net)"), granting.refused());
    }

    @Test
    void aWildcardIsNeverWiderThanItsCeilingAndPortsMustMatch() {
        NetGrants ceiling = NetGrants.parse(List.of("*.example.org", "api.example.com:8443"));
        assertEquals(List.of("*.com (a wildcard grant needs a domain with a dot: '*.com')", "*.example.com (not within --allow-net)",
                        "example.org (not within --allow-net)", "api.example.com (not within --allow-net)"),
                ceiling.grant(List.of("*.com", "*.example.com", "example.org", "api.example.com")).refused());
        assertEquals("*.a.example.org, b.example.org, api.example.com:8443",
                ceiling.grant(List.of("*.a.example.org", "b.example.org", "api.example.com:8443")).granted().toString());
    }

    @Test
    void badGrantsAreNamed() {
        assertEquals("not a host grant: 'http://x.com' (expected HOST, HOST:PORT or *.DOMAIN)",
                assertThrows(IllegalArgumentException.class, () -> NetGrants.parse(List.of("http://x.com"))).getMessage());
        assertEquals("a wildcard grant needs a domain with a dot: '*.com'",
                assertThrows(IllegalArgumentException.class, () -> NetGrants.parse(List.of("*.com"))).getMessage());
        assertEquals("not a port: 70000 in 'x.com:70000'",
                assertThrows(IllegalArgumentException.class, () -> NetGrants.parse(List.of("x.com:70000"))).getMessage());
    }

    @Test
    void hostsSchemesAndPortsNotGrantedAreRefusedBeforeAnyLookup() {
        NetGrants script = CEILING.grant(List.of("api.example.com", "*.example.org", "127.0.0.1:8080")).granted();
        for (String url : List.of(
                "file:///etc/passwd", "ftp://api.example.com/", "jar:https://api.example.com/x.jar!/", "gopher://api.example.com/",
                "/relative", "https://user:pw@api.example.com/",
                "https://evil.com/", "https://api.example.com:8443/", "https://example.org/", "https://api.example.com.evil.com/",
                // other spellings of loopback are other host names: none is granted
                "https://2130706433/", "https://0x7f000001/", "https://017700000001/", "https://127.1/", "https://[::1]/",
                "https://[::ffff:127.0.0.1]/", "https://localhost/", "http://127.0.0.1:8081/",
                // plain http only to a host granted by its exact name
                "http://a.example.org/")) {
            assertThrows(NetRefusal.class, () -> script.check(URI.create(url)), url);
        }
        script.check(URI.create("http://127.0.0.1:8080/hook"));   // granted literally: loopback and plain http allowed
    }

    @Test
    void wildcardGrantsNeverReachPrivateOrSpecialAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1",
                "64:ff9b::7f00:1", "2002:7f00:1::1", "::127.0.0.1")) {
            assertFalse(NetGrants.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("93.184.216.34", "1.1.1.1", "2606:4700::1111", "64:ff9b::5db8:d822")) {
            assertTrue(NetGrants.isPublic(InetAddress.getByName(address)), address);
        }
    }
}
