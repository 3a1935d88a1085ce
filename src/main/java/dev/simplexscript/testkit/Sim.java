package dev.simplexscript.testkit;

import dev.simplexscript.http.FetchResponse;
import org.graalvm.polyglot.HostAccess;

/**
 * The {@code sim} a test file sees: the simulated world of the test that is running. Each test
 * gets a fresh bot and core, so {@code sim} works only inside a test.
 */
public final class Sim {
    private volatile TestBot current;

    void enter(TestBot session) {
        current = session;
    }

    void leave() {
        current = null;
    }

    private TestBot session() {
        TestBot s = current;
        if (s == null) throw new IllegalStateException("sim is only available inside test(...): each test gets a fresh bot");
        return s;
    }

    /** The virtual person of this name (the same one for the whole test). */
    @HostAccess.Export
    public Person person(String name) {
        return session().person(name);
    }

    /**
     * The outside world of the running test (its {@link TestNet}): {@code sim.http.post(path, options)}
     * to the bot's webhooks, {@code sim.http.respond(url, options)} for the services it fetches.
     */
    @HostAccess.Export
    public final SimHttp http = new SimHttp();

    /** {@code sim.http}, a field because JavaScript sees fields, not getters; each call goes to the running test's world. */
    public final class SimHttp {
        @HostAccess.Export
        public FetchResponse post(String path) {
            return session().http().post(path);
        }

        @HostAccess.Export
        public FetchResponse post(String path, Object options) {
            return session().http().post(path, options);
        }

        @HostAccess.Export
        public FetchResponse request(String method, String path, Object options) {
            return session().http().request(method, path, options);
        }

        @HostAccess.Export
        public void respond(String url, Object options) {
            session().http().respond(url, options);
        }
    }

    /** Moves the bot's clock forward by {@code ms}: timers that fall due fire, then the bot settles. */
    @HostAccess.Export
    public void advance(long ms) {
        session().advance(ms);
    }

    /** Milliseconds the test has advanced the bot's clock so far. */
    @HostAccess.Export
    public long now() {
        return session().now();
    }

    /** Waits until the bot has handled everything sent to it. */
    @HostAccess.Export
    public void settle() {
        session().settle();
    }

    /** Stops and starts the bot script again, keeping its store: what survives a restart? */
    @HostAccess.Export
    public void restart() {
        session().restart();
    }
}
