package dev.simplexscript.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The way out for {@code fetch}: the real network ({@link Fetcher}), or the test kit's canned answers. */
public interface Net extends AutoCloseable {

    /**
     * Fetches {@code url} for a script holding {@code grants}; every URL it reaches is checked
     * against them first. Options as in {@link Fetcher#fetch}.
     */
    CompletableFuture<FetchResponse> fetch(NetGrants grants, String url, Map<?, ?> options);

    @Override
    void close();
}
