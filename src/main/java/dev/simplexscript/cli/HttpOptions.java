package dev.simplexscript.cli;

import dev.simplexscript.http.HttpServices;
import dev.simplexscript.http.WebhookServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/** {@code --http}, {@code --allow-net}: how the bots reach the world and the world reaches them. */
public final class HttpOptions {
    @Option(names = "--http", paramLabel = "HOST:PORT",
            description = "Serve the scripts' webhook routes (http.post(...)) on this address, e.g. 127.0.0.1:8080;"
                    + " only loopback unless --http-allow-remote.")
    String http;

    @Option(names = "--http-allow-remote", description = "Let --http bind an address other machines can reach.")
    boolean allowRemote;

    @Option(names = "--allow-net", paramLabel = "HOST[:PORT]", split = ",",
            description = "Hosts scripts may fetch from, at most (e.g. api.example.com, *.example.org, 127.0.0.1:9000); each script"
                    + " gets what it asks for with '// @allow-net HOST' within this. Default: none.")
    List<String> allowNet = List.of();

    /** The routes table, the ceiling and the real network; the ceiling is checked here. */
    HttpServices services() {
        return HttpServices.allowing(allowNet);
    }

    /** The webhook server when {@code --http} was given. */
    Optional<WebhookServer> serve(HttpServices services, BiConsumer<String, String> errors) throws IOException {
        if (http == null) return Optional.empty();
        InetSocketAddress address = address(http);
        if (!address.getAddress().isLoopbackAddress() && !allowRemote) {
            throw new IllegalArgumentException("--http " + http + " is reachable from other machines; add --http-allow-remote if that is meant"
                    + " (put a TLS proxy in front: the server speaks plain HTTP)");
        }
        return Optional.of(WebhookServer.start(address, services.routes(), WebhookServer.Limits.DEFAULTS, errors));
    }

    static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) throw new IllegalArgumentException("--http " + hostPort + ": expected HOST:PORT");
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--http " + hostPort + ": not a port number");
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--http " + hostPort + ": port out of range");
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--http " + hostPort + ": unknown host " + host);
        }
    }
}
