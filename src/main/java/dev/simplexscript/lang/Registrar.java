package dev.simplexscript.lang;

/** Where a script's {@code on}, {@code command} and timer calls land; implemented by the host. */
public interface Registrar {

    /** Registers a handler for a core event type or a sugar name ({@code message}, {@code start}, ...). */
    void on(String type, GuestFunction handler);

    /** Registers a bot command; {@code name} with or without the leading slash. */
    void command(String name, String description, GuestFunction handler);

    /** Repeats {@code fn} every {@code millis}; returns a handle with an exported {@code cancel()}. */
    Object every(long millis, GuestFunction fn);

    /** Runs {@code fn} once after {@code millis}; returns a handle with an exported {@code cancel()}. */
    Object after(long millis, GuestFunction fn);

    /** Runs {@code fn} on a five-field cron pattern; returns a handle with an exported {@code cancel()}. */
    Object schedule(String cron, GuestFunction fn);

    /**
     * Registers a webhook route ({@code http.post('/ci', fn)}): {@code method} is GET, POST, PUT or
     * DELETE; {@code handler} receives the request and its value becomes the response.
     */
    void route(String method, String path, GuestFunction handler);
}
