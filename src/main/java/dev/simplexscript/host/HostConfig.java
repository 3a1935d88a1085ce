package dev.simplexscript.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The host's knobs.
 *
 * @param handlerBudget        how long one handler call (or top level) may run before it is stopped
 * @param maxFailures          failures in a row after which a script is disabled until its next save
 * @param unknownCommandReply  answer to a command no script knows ({@code {command}}, {@code {commands}}
 *                             are filled in); null sends none
 * @param debounce             quiet time after a file event before reloading (one editor save, one reload)
 * @param storeFile            the MVStore file holding every script's {@code store}
 * @param trusted              Groovy scripts the user trusts: they run without the call interceptor
 * @param reporter             where lines go
 * @param observer             who watches scripts run (metrics, operator notifications)
 */
public record HostConfig(Duration handlerBudget, int maxFailures, String unknownCommandReply,
                         Duration debounce, Path storeFile, Predicate<Path> trusted, HostReporter reporter,
                         ScriptObserver observer) {

    public static final String DEFAULT_UNKNOWN_COMMAND_REPLY = "Unknown command /{command}. Commands: {commands}";

    public HostConfig {
        if (handlerBudget.isNegative() || handlerBudget.isZero()) throw new IllegalArgumentException("handlerBudget must be positive");
        if (maxFailures < 1) throw new IllegalArgumentException("maxFailures must be at least 1");
    }

    /** Defaults: 3 s budget, disabled after 5 failures in a row, 150 ms debounce, nothing trusted. */
    public static HostConfig defaults(Path storeFile) {
        return new HostConfig(Duration.ofSeconds(3), 5, DEFAULT_UNKNOWN_COMMAND_REPLY, Duration.ofMillis(150),
                storeFile, file -> false, HostReporter.systemLogger(), ScriptObserver.NONE);
    }

    public HostConfig withHandlerBudget(Duration budget) {
        return new HostConfig(budget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, observer);
    }

    public HostConfig withMaxFailures(int max) {
        return new HostConfig(handlerBudget, max, unknownCommandReply, debounce, storeFile, trusted, reporter, observer);
    }

    public HostConfig withUnknownCommandReply(String reply) {
        return new HostConfig(handlerBudget, maxFailures, reply, debounce, storeFile, trusted, reporter, observer);
    }

    public HostConfig withDebounce(Duration quiet) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, quiet, storeFile, trusted, reporter, observer);
    }

    public HostConfig withTrusted(Predicate<Path> trust) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trust, reporter, observer);
    }

    public HostConfig withStoreFile(Path file) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, file, trusted, reporter, observer);
    }

    public HostConfig withObserver(ScriptObserver watcher) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, reporter, watcher);
    }

    public HostConfig withReporter(HostReporter to) {
        return new HostConfig(handlerBudget, maxFailures, unknownCommandReply, debounce, storeFile, trusted, to, observer);
    }
}
