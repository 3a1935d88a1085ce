package dev.simplexscript.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosts a script may reach with {@code fetch}. The operator sets a ceiling ({@code --allow-net});
 * a script asks for what it needs in a header comment ({@code // @allow-net api.example.com}) and
 * gets the part of it that lies within the ceiling. Everything else is refused before a connection
 * is made: other hosts and ports, other schemes, plain {@code http:} and private or loopback
 * addresses unless the host was granted by its exact name.
 */
public final class NetGrants {
    public static final NetGrants NONE = new NetGrants(List.of());

    private static final Pattern HEADER = Pattern.compile("^\\s*(?://+|\\*|/\\*+)\\s*@allow-net\\b(.*)$");

    private final List<Grant> grants;

    private NetGrants(List<Grant> grants) {
        this.grants = List.copyOf(grants);
    }

    /**
     * One grant: an exact host (a name or an IP literal) or {@code *.domain} (its subdomains, not the
     * domain itself), and a port; without a port only the scheme's default port (443, or 80 for a
     * literal grant over plain http) is allowed.
     */
    record Grant(String host, int port, boolean wildcard) {
        private static final Pattern SPEC = Pattern.compile("^(\\*\\.)?(\\[[0-9a-fA-F:.]+]|[A-Za-z0-9.-]+)(?::(\\d{1,5}))?$");

        static Grant parse(String spec) {
            Matcher m = SPEC.matcher(spec.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a host grant: '" + spec.strip() + "' (expected HOST, HOST:PORT or *.DOMAIN)");
            }
            int port = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            if (port == 0 || port > 65535) throw new IllegalArgumentException("not a port: " + m.group(3) + " in '" + spec.strip() + "'");
            String host = normalize(m.group(2));
            if (m.group(1) != null && (host.isEmpty() || !host.contains("."))) {
                throw new IllegalArgumentException("a wildcard grant needs a domain with a dot: '" + spec.strip() + "'");
            }
            return new Grant(host, port, m.group(1) != null);
        }

        boolean coversHost(String name) {
            return wildcard ? name.endsWith("." + host) : name.equals(host);
        }

        boolean covers(String name, int port, int defaultPort) {
            return coversHost(name) && (this.port == -1 ? port == defaultPort : port == this.port);
        }

        /** True when everything {@code other} allows, this allows too. */
        boolean covers(Grant other) {
            boolean hostCovered = other.wildcard
                    ? wildcard && (other.host.equals(host) || other.host.endsWith("." + host))
                    : coversHost(other.host);
            return hostCovered && (port == -1 ? other.port == -1 : other.port == port);
        }

        @Override
        public String toString() {
            String name = host.contains(":") ? "[" + host + "]" : host;
            return (wildcard ? "*." : "") + name + (port == -1 ? "" : ":" + port);
        }
    }

    /** The grants of {@code --allow-net} (comma-separated specs, possibly in several options). */
    public static NetGrants parse(Collection<String> specs) {
        List<Grant> out = new ArrayList<>();
        for (String spec : specs) {
            for (String part : spec.split(",")) {
                if (!part.isBlank()) out.add(Grant.parse(part));
            }
        }
        return new NetGrants(out);
    }

    /**
     * The hosts a script asks for: every {@code @allow-net} line among the comments at the top of
     * its source, before the first line of code.
     */
    public static List<String> requestedBy(String source) {
        List<String> requested = new ArrayList<>();
        for (String line : source.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#!")) continue;
            if (!(trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*"))) break;
            Matcher m = HEADER.matcher(trimmed);
            if (!m.matches()) continue;
            for (String part : m.group(1).replace("*/", "").split("[,\\s]+")) {
                if (!part.isBlank()) requested.add(part);
            }
        }
        return requested;
    }

    /** What a script asking for {@code requested} gets under this ceiling, and what it does not. */
    public record Granting(NetGrants granted, List<String> refused) {}

    public Granting grant(List<String> requested) {
        List<Grant> granted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String spec : requested) {
            Grant wanted;
            try {
                wanted = Grant.parse(spec);
            } catch (IllegalArgumentException e) {
                refused.add(spec + " (" + e.getMessage() + ")");
                continue;
            }
            if (grants.stream().anyMatch(g -> g.covers(wanted))) granted.add(wanted);
            else refused.add(spec + " (not within --allow-net)");
        }
        return new Granting(new NetGrants(granted), refused);
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    @Override
    public String toString() {
        return grants.isEmpty() ? "nothing" : String.join(", ", grants.stream().map(Grant::toString).toList());
    }

    /**
     * Checks a URL before anything is sent to it (the first one, and every redirect): the scheme,
     * the host and port against the grants, and every address the name resolves to. The JVM keeps
     * the addresses it resolved here for 30 seconds, and the connection uses them.
     *
     * @throws NetRefusal naming what is not allowed
     */
    public void check(URI uri) {
        if (checkGranted(uri)) return;
        String host = normalize(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new NetRefusal(uri, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new NetRefusal(uri, host + " resolves to " + address.getHostAddress()
                        + ", a private, loopback or special address (grant it by its exact name to allow it)");
            }
        }
    }

    /**
     * The part of {@link #check} that needs no name lookup: scheme, user info, host and port
     * against the grants. The test kit's world, which has no real addresses, stops here.
     *
     * @return true when the host was granted by its exact name, so its addresses need no check
     * @throws NetRefusal naming what is not allowed
     */
    public boolean checkGranted(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new NetRefusal(uri, "only https: (and http: to a host granted by name) may be fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        if (uri.getRawUserInfo() != null) throw new NetRefusal(uri, "user names and passwords in the URL are not allowed");
        if (uri.getHost() == null) throw new NetRefusal(uri, "no host");
        String host = normalize(uri.getHost());
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        boolean literal = grants.stream().anyMatch(g -> !g.wildcard && g.covers(host, port, defaultPort));
        boolean granted = literal || grants.stream().anyMatch(g -> g.covers(host, port, defaultPort));
        if (!granted) {
            throw new NetRefusal(uri, host + (uri.getPort() == -1 ? "" : ":" + port) + " is not granted to this script (it has: " + this + ")");
        }
        if (scheme.equals("http") && !literal) {
            throw new NetRefusal(uri, "plain http: only to a host granted by its exact name; use https:");
        }
        return literal;
    }

    /** False for loopback, private, link-local, multicast, unspecified and other special-use addresses. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff, second = b[1] & 0xff;
            return !(first == 0 || first == 10 || first == 127 || first >= 224
                    || (first == 100 && second >= 64 && second < 128)        // carrier-grade NAT
                    || (first == 169 && second == 254)
                    || (first == 172 && second >= 16 && second < 32)
                    || (first == 192 && second == 168)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)   // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)));    // benchmarking
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false;                             // unique local fc00::/7
            Inet4Address embedded = embeddedIpv4(b);
            return embedded == null || isPublic(embedded);
        }
        return false;
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 12; i++) zeros &= b[i] == 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) nat64 = b[i] == 0;
        try {
            if (zeros || nat64) return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            if (b[0] == 0x20 && b[1] == 0x02) return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return null;
    }

    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }
}
