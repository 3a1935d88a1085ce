package dev.simplexscript.http;

import java.util.List;

/**
 * What the host gives its scripts of the outside world: the webhook routes they claim (served by
 * a {@link WebhookServer} when the host runs with {@code --http}, or by the test kit), the hosts
 * they may be granted ({@code --allow-net}), and the way out.
 */
public record HttpServices(Routes routes, NetGrants ceiling, Net net) {

    /** Routes but no server, and nothing granted: a script may declare routes, and every fetch is refused. */
    public static HttpServices closed() {
        return new HttpServices(new Routes(), NetGrants.NONE, new Fetcher(Fetcher.Limits.DEFAULTS));
    }

    /** The ceiling of {@code --allow-net}: fetches go out over the real network. */
    public static HttpServices allowing(List<String> ceiling) {
        return new HttpServices(new Routes(), NetGrants.parse(ceiling), new Fetcher(Fetcher.Limits.DEFAULTS));
    }
}
