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
 * @param coreLike       null to parse every form COMMANDS.md documents and shipped cores take; or a
 *                       release ({@code "6.4"}, {@code "6.5"}) whose parser quirks to reproduce
 *                       (docs/core-quirks.md), e.g. {@code /_groups 1} is then a parse error
 * @param noise          mix in the connection, subscription and error events real bots see
 */
public record SimOptions(ApiVersion version, boolean rightWrapper, Clock clock, Path filesFolder, int eventQueueSize,
        String botName, boolean withAddress, String coreLike, boolean noise) {
    /** The releases {@code coreLike} can name. */
    public static final java.util.List<String> CORE_RELEASES = java.util.List.of("6.4", "6.5");

    public SimOptions {
        if (coreLike != null && !CORE_RELEASES.contains(coreLike)) {
            throw new IllegalArgumentException("core-like must be one of " + String.join(", ", CORE_RELEASES) + ", got " + coreLike);
        }
    }

    public static final int DEFAULT_EVENT_QUEUE = 1024;

    public static SimOptions defaults(Path filesFolder) {
        return new SimOptions(ApiVersion.V6_5, false, Clock.systemUTC(), filesFolder, DEFAULT_EVENT_QUEUE, "bot", false, null, false);
    }

    public SimOptions withVersion(ApiVersion v) {
        return new SimOptions(v, rightWrapper, clock, filesFolder, eventQueueSize, botName, withAddress, coreLike, noise);
    }

    public SimOptions withRightWrapper(boolean on) {
        return new SimOptions(version, on, clock, filesFolder, eventQueueSize, botName, withAddress, coreLike, noise);
    }

    public SimOptions withClock(Clock c) {
        return new SimOptions(version, rightWrapper, c, filesFolder, eventQueueSize, botName, withAddress, coreLike, noise);
    }

    public SimOptions withEventQueueSize(int size) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, size, botName, withAddress, coreLike, noise);
    }

    public SimOptions withBotName(String name) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, eventQueueSize, name, withAddress, coreLike, noise);
    }

    public SimOptions withAddress(boolean on) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, eventQueueSize, botName, on, coreLike, noise);
    }

    /** Reproduces the parser quirks of a shipped release and uses its JSON shapes. */
    public SimOptions withCoreLike(String release) {
        ApiVersion shapes = release == null ? version : release.equals("6.4") ? ApiVersion.V6_4 : ApiVersion.V6_5;
        return new SimOptions(shapes, rightWrapper, clock, filesFolder, eventQueueSize, botName, withAddress, release, noise);
    }

    public SimOptions withNoise(boolean on) {
        return new SimOptions(version, rightWrapper, clock, filesFolder, eventQueueSize, botName, withAddress, coreLike, on);
    }
}
