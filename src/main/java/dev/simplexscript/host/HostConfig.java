package dev.simplexscript.host;

import dev.simplexscript.http.HttpServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The host's knobs.
 *
 * @param handlerBudget        CPU time one handler call (or top level) may use before it is stopped
 * @param maxFailures          failures in a row after which a script is disabled until its next save
 * @param unknownCommandReply  answer to a command no script knows ({@code {command}}, {@code {commands}}
 *                             are filled in); null sends none
 * @param debounce             quiet time after a file event before reloading (one editor save, one reload)
 * @param storeFile            the file holding every script's {@code store}
 * @param trusted              scripts the user trusts: Groovy ones run without the sandbox, and
 *                             none of them is held to the files folder
 * @param reporter             where lines go
 * @param files                where scripts may have the core read and write files; null: nowhere
 * @param limits               what one script may hold at once
 * @param http                 webhook routes, the {@code --allow-net} ceiling and the way out for {@code fetch}
 * @param observer             who watches scripts run (metrics, operator notifications)
 */
public record HostConfig(Duration handlerBudget, int maxFailures, String unknownCommandReply,
                         Duration debounce, Path storeFile, Predicate<Path> trusted, HostReporter reporter,
                         PathPolicy files, Limits limits, HttpServices http,
                         ScriptObserver observer) {

    public static final String DEFAULT_UNKNOWN_COMMAND_REPLY = "Unknown command /{command}. Commands: {commands}";

    /**
     * What one script may hold at once; past each bound the host refuses, reports and counts.
     *
     * @param timers         live timers ({@code every}, {@code after}, {@code schedule}) per version
     * @param queuedEvents   events waiting for the script; newer ones are dropped while it is full
     * @param inFlight       commands sent and not yet answered; while full, new events wait
     * @param waiting        commands held back while {@code inFlight} is full; past it calls fail at once
     * @param blocked        wall-clock time a handler may hold its thread without using its CPU budget
     *                       (waiting on something); it is then interrupted
     */
    public record Limits(int timers, int queuedEvents, int inFlight, int waiting, Duration blocked) {
        public static final Limits DEFAULTS = new Limits(1_000, 10_000, 256, 1_024, Duration.ofSeconds(30));

        public Limits {
            if (timers < 1 || queuedEvents < 1 || inFlight < 1 || waiting < 0) {
                throw new IllegalArgumentException("limits must be positive: " + timers + " timers, " + queuedEvents
                        + " queued events, " + inFlight + " commands in flight, " + waiting + " waiting");
            }
            if (blocked.isNegative() || blocked.isZero()) throw new IllegalArgumentException("the blocked-handler limit must be positive");
        }

        public Limits withTimers(int max) {
            return new Limits(max, queuedEvents, inFlight, waiting, blocked);
        }

        public Limits withQueuedEvents(int max) {
            return new Limits(timers, max, inFlight, waiting, blocked);
        }

        public Limits withInFlight(int max, int held) {
            return new Limits(timers, queuedEvents, max, held, blocked);
        }

        public Limits withBlocked(Duration max) {
            return new Limits(timers, queuedEvents, inFlight, waiting, max);
        }
    }

    public HostConfig {
        if (handlerBudget.isNegative() || handlerBudget.isZero()) throw new IllegalArgumentException("handlerBudget must be positive");
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1");
        if (debounce.isNegative()) throw new IllegalArgumentException("debounce must not be negative");
    }

    /** Defaults: 3 s budget, disabled after 5 failures in a row, 20 ms debounce, nothing trusted, no files folder. */
    public static HostConfig defaults(Path storeFile) {
        return new HostConfig(Duration.ofSeconds(3), 5, DEFAULT_UNKNOWN_COMMAND_REPLY, Duration.ofMillis(20),
                storeFile, file -> false, HostReporter.systemLogger(), null, Limits.DEFAULTS, HttpServices.closed(),
                ScriptObserver.NONE);
    }

    public HostConfig withHandlerBudget(Duration budget) {
        return new HostConfig(budget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, files, limits, http, observer);
    }

    public HostConfig withMaxFailures(int max) {
        return new HostConfig(handlerBudget, max, unknownCommandReply, debounce, storeFile, trusted, reporter, files, limits, http, observer);
    }

    public HostConfig withUnknownCommandReply(String reply) {
        return new HostConfig(handlerBudget, maxFailures, reply, debounce, storeFile, trusted, reporter, files, limits, http, observer);
    }

    public HostConfig withDebounce(Duration quiet) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, quiet, storeFile, trusted, reporter, files, limits, http, observer);
    }

    public HostConfig withTrusted(Predicate<Path> trust) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trust, reporter, files, limits, http, observer);
    }

    public HostConfig withStoreFile(Path file) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, file, trusted, reporter, files, limits, http, observer);
    }

    public HostConfig withObserver(ScriptObserver watcher) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, files, limits, http, watcher);
    }

    public HostConfig withReporter(HostReporter to) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, to, files, limits, http, observer);
    }

    public HostConfig withFiles(PathPolicy policy) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, policy, limits, http, observer);
    }

    public HostConfig withLimits(Limits to) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, files, to, http, observer);
    }

    public HostConfig withHttp(HttpServices to) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, files, limits, to, observer);
    }

    /** The blocked-handler limit actually applied: never below the budget. */
    Duration blockedLimit() {
        return limits.blocked().compareTo(handlerBudget) < 0 ? handlerBudget : limits.blocked();
    }
}
