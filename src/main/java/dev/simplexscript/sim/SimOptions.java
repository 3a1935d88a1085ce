package dev.simplexscript.sim;

import dev.simplexscript.sim.json.ApiVersion;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How a simulated core behaves.
 *
 * @param version        which release's JSON shapes to produce
 * @param rightWrapper   wrap every {@code resp} in {@code {"Right":...}} / errors in {@code {"Left":...}} (§2.6)
 * @param clock          the source of every timestamp
 * @param filesFolder    where received files are written
 * @param eventQueueSize events held for clients before the core waits (the real CLI's {@code -q}, default 1024)
 * @param botName        display name of the user created at start, or null for an empty database
 * @param withAddress    create the user's address at start
 */
public record SimOptions(ApiVersion version, boolean rightWrapper, Clock clock, Path filesFolder, int eventQueueSize,
        String botName, boolean withAddress) {
    public static final int DEFAULT_EVENT_QUEUE = 1024;

    public static SimOptions defaults(Path filesFolder) {
        return new SimOptions(ApiVersion.V6_5, false, Clock.systemUTC(), filesFolder, DEFAULT_EVENT_QUEUE, "bot", false);
    }

    public SimOptions withVersion(ApiVersion v) {
        return new SimOptions(v, rightWrapper, clock, filesFolder, eventQueueSize, botName, withAddress);
    }

    public SimOptions withRightWrapper(boolean on) {
        return new SimOptions(version, on, clock, filesFolder, eventQueueSize, botName, withAddress);
    }

    public SimOptions withClock(Clock c) {
        return new SimOptions(version, rightWrapper, c, filesFolder, eventQueueSize, botName, withAddress);
    }

    public SimOptions withEventQueueSize(int size) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, size, botName, withAddress);
    }

    public SimOptions withBotName(String name) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, eventQueueSize, name, withAddress);
    }

    public SimOptions withAddress(boolean on) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, eventQueueSize, botName, on);
    }
}
