package dev.simplexscript.cli;

import dev.simplexscript.ops.AdminCode;
import dev.simplexscript.ops.LogFormat;
import dev.simplexscript.ops.NotificationPace;
import dev.simplexscript.ops.Operations;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options for running a bot unattended: the operator chat, health and metrics, log format. */
final class OpsOptions {
    @Option(names = "--admin", description = "Turn on the operator chat; a one-time claim code is printed at start.")
    boolean admin;

    @Option(names = "--admin-code", paramLabel = "CODE", defaultValue = "${env:SIMPLEX_SCRIPT_ADMIN_CODE}",
            description = "The claim code instead of a random one (at least 10 letters or digits); turns the operator chat on."
                    + " Default: the environment variable SIMPLEX_SCRIPT_ADMIN_CODE.")
    String adminCode;

    @Option(names = "--metrics", paramLabel = "HOST:PORT",
            description = "Serve GET /healthz and GET /metrics (Prometheus) there, e.g. 127.0.0.1:9464.")
    String metrics;

    @Option(names = "--metrics-allow-remote",
            description = "Allow --metrics on an address that is not loopback (the endpoints have no authentication).")
    boolean metricsAllowRemote;

    @Option(names = "--log-format", defaultValue = "text", paramLabel = "text|json",
            description = "text for people, or json: one object a line (time, level, script, message, error). Default ${DEFAULT-VALUE}.")
    String logFormat;

    LogFormat logFormat() {
        return switch (logFormat) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new IllegalArgumentException("--log-format takes text or json, not '" + logFormat + "'");
        };
    }

    Operations.Settings settings(Path dataDir, Path storeFile) {
        boolean withCode = adminCode != null && !adminCode.isBlank();
        if (withCode) AdminCode.of(adminCode);
        return new Operations.Settings(admin || withCode, withCode ? adminCode : null, metricsAddress(), dataDir, storeFile,
                NotificationPace.DEFAULT);
    }

    private InetSocketAddress metricsAddress() {
        if (metrics == null) return null;
        int colon = metrics.lastIndexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("--metrics takes HOST:PORT, e.g. 127.0.0.1:9464, not '" + metrics + "'");
        String host = metrics.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        int port;
        try {
            port = Integer.parseInt(metrics.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--metrics: '" + metrics.substring(colon + 1) + "' is not a port number");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--metrics: unknown host " + host);
        }
        if (!address.isLoopbackAddress() && !metricsAllowRemote) {
            throw new IllegalArgumentException("--metrics " + metrics + " is reachable from other machines and /metrics has no"
                    + " authentication; use a loopback address (127.0.0.1) or add --metrics-allow-remote");
        }
        return new InetSocketAddress(address, port);
    }
}
