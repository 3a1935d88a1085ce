package dev.simplexscript.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Hot reload timed from outside: the bench saves version {@code k} of the echo bot, which tags its
 * answers {@code |vk}, and the time from the save to the first tagged answer is the reload. Done
 * idle (a probe every 5 ms gives the bot something to answer) and under 1,000 messages/s, where
 * every message must still be answered exactly once across the swaps.
 */
final class ReloadBench {
    private static final Duration IDLE_PROBE = Duration.ofMillis(5);
    private static final Duration LOADED_PROBE = Duration.ofMillis(250);
    private static final Duration BETWEEN_RELOADS = Duration.ofMillis(300);
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOAD_PER_SECOND = 1_000;

    /** One language: each reload's milliseconds idle and under load, and the load phase itself. */
    record Result(BenchScript language, List<Double> idleMillis, List<Double> loadedMillis,
                  Optional<PhaseResult> underLoad, String failure) {}

    private final BenchPlan plan;
    private final LoadCore core;
    private final HostLauncher host;
    private final Path logDir;
    private final PrintWriter progress;

    ReloadBench(BenchPlan plan, LoadCore core, HostLauncher host, Path logDir, PrintWriter progress) {
        this.plan = plan;
        this.core = core;
        this.host = host;
        this.logDir = logDir;
        this.progress = progress;
    }

    List<Result> run(List<BenchScript> languages) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (BenchScript language : languages) results.add(measure(language));
        return results;
    }

    private Result measure(BenchScript language) throws InterruptedException {
        String name = "reload " + language.extension();
        progress.printf("[%s] %s%n", plan.name(), name);
        progress.flush();
        Path folder = ScriptFolder.write(host.workDir("reload-" + language.extension()), language, 1);
        Launch launch;
        try {
            launch = Launch.start(core, host.spec(name, folder, ""), Launch.log(logDir, name, "run"), plan.readyTimeout());
        } catch (Launch.Failed e) {
            progress.println("  failed: " + e.getMessage());
            return new Result(language, List.of(), List.of(), Optional.empty(), e.getMessage());
        }
        int reloads = plan.host().reloads();
        try (ClientProcess process = launch.process();
             ExecutorService load = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("bench-load").factory())) {
            WarmUp.untilSteady(core, plan, plan.host().warmUpMax(), plan.window());
            List<Double> idle = reloadAll(folder, language, 1, reloads, IDLE_PROBE);
            // The load outlasts the reloads: each takes well under the 1.5 s it is given.
            Duration length = Duration.ofMillis(reloads * 1_500L);
            Future<PhaseResult> underLoad = load.submit(() -> core.atRate("reloads at 1,000/s", LOAD_PER_SECOND, length,
                    plan.window(), plan.phaseTimeout()));
            List<Double> loaded = reloadAll(folder, language, reloads + 1, reloads, LOADED_PROBE);
            Result result = new Result(language, idle, loaded, Optional.of(underLoad.get()), null);
            progress.printf("  idle %s ms, under load %s ms, %s%n", idle, loaded, result.underLoad().orElseThrow());
            progress.flush();
            return result;
        } catch (TimeoutException | ExecutionException e) {
            progress.println("  failed: " + e.getMessage());
            return new Result(language, List.of(), List.of(), Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** Saves versions {@code first..first+count-1} one after another, each timed save → first tagged answer. */
    private List<Double> reloadAll(Path folder, BenchScript language, int first, int count, Duration probeEvery)
            throws InterruptedException, TimeoutException {
        List<Double> millis = new ArrayList<>();
        for (int version = first; version < first + count; version++) {
            String tag = "v" + version;
            long savedAt = System.nanoTime();
            try {
                ScriptFolder.save(folder, language, ScriptFolder.ECHO, language.echo(tag));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the new bot version in " + folder, e);
            }
            millis.add((core.awaitTag(tag, probeEvery, RELOAD_TIMEOUT) - savedAt) / 1e6);
            // Let the new version settle so the next save is a fresh reload, not one coalesced with this one.
            Thread.sleep(BETWEEN_RELOADS);
        }
        return millis;
    }
}
