package dev.simplexscript.http;

import dev.simplexscript.api.session.Futures;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * The global {@code fetch(url[, options])} of one script version, holding what that version was
 * granted. A Promise in JavaScript, the response itself in Groovy.
 */
public final class FetchFunction {
    private final Net net;
    private final NetGrants grants;

    public FetchFunction(Net net, NetGrants grants) {
        this.net = net;
        this.grants = grants;
    }

    @Export
    public CompletableFuture<Object> call(Object url) {
        return call(url, null);
    }

    @Export
    public CompletableFuture<Object> call(Object url, Object options) {
        if (!(url instanceof String text)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("fetch(url[, options]): url must be text"));
        }
        if (options != null && !(options instanceof Map<?, ?>)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("fetch(url[, options]): options must be an object"));
        }
        return Futures.script(net.fetch(grants, text, (Map<?, ?>) options));
    }

    @Override
    public String toString() {
        return "fetch (granted: " + grants + ")";
    }
}
