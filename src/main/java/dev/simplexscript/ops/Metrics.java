package dev.simplexscript.ops;

import dev.simplexscript.client.CoreUnavailableException;
import dev.simplexscript.client.CommandTimeoutException;
import dev.simplexscript.client.ConnectionLostException;
import dev.simplexscript.host.ScriptStatus;
import dev.simplexscript.protocol.ChatException;
import dev.simplexscript.protocol.syntax.CommandException;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The bot's Prometheus metrics. Every count is incremented in one place, through a data point
 * looked up once per label value and kept: the event path pays a map read and an adder increment,
 * with no allocation and no lock. Gauges (queue depth, store size, connection) are read only when
 * scraped.
 */
final class Metrics {
    /** Handler time buckets in seconds: 100 µs up to the default 3 s budget and past it. */
    private static final double[] HANDLER_BUCKETS =
            {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Event types are the core's to choose: past this many distinct ones, the rest count as {@code other}. */
    private static final int MAX_EVENT_TYPES = 200;

    enum Result { ok, chat_error, timeout, unavailable, refused, error }

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter events = Counter.builder().name("simplex_events_total")
            .help("Events received from the chat core, by type").labelNames("type").withoutExemplars().register(registry);
    private final Counter commands = Counter.builder().name("simplex_commands_total")
            .help("Commands sent to the chat core, by COMMANDS.md name and result").labelNames("command", "result")
            .withoutExemplars().register(registry);
    private final Histogram handlerSeconds = Histogram.builder().name("simplex_handler_seconds")
            .help("Time of each handler, timer tick and command of a script").labelNames("script")
            .classicOnly().classicUpperBounds(HANDLER_BUCKETS).withoutExemplars().register(registry);
    private final Counter handlerErrors = Counter.builder().name("simplex_handler_errors_total")
            .help("Handlers of a script that threw or ran past their budget").labelNames("script")
            .withoutExemplars().register(registry);
    private final Counter reconnects = Counter.builder().name("simplex_core_reconnects_total")
            .help("Connections to the chat core after the first").withoutExemplars().register(registry);
    private final ConcurrentHashMap<String, CounterDataPoint> eventsByType = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CounterDataPoint[]> commandsByName = new ConcurrentHashMap<>();
    private final CounterDataPoint otherEvents = events.labelValues("other");

    Metrics(Supplier<Iterable<ScriptStatus>> scripts, BooleanSupplier connected, Path storeFile) {
        GaugeWithCallback.builder().name("simplex_core_connected").help("1 while the chat core is connected")
                .callback(g -> g.call(connected.getAsBoolean() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("simplex_script_running")
                .help("1 while a version of the script runs, 0 when it failed to load or is disabled").labelNames("script")
                .callback(g -> scripts.get().forEach(s -> g.call(s.state() == ScriptStatus.State.RUNNING ? 1 : 0, s.name())))
                .register(registry);
        GaugeWithCallback.builder().name("simplex_script_queue_depth")
                .help("Tasks waiting on the script's thread (events, timer ticks, replies)").labelNames("script")
                .callback(g -> scripts.get().forEach(s -> g.call(s.queued(), s.name()))).register(registry);
        if (storeFile != null) {
            GaugeWithCallback.builder().name("simplex_store_bytes").help("Size on disk of the scripts' store")
                    .callback(g -> g.call(storeBytes(storeFile))).register(registry);
        }
    }

    PrometheusRegistry registry() {
        return registry;
    }

    /** One event from the core. */
    void event(String type) {
        CounterDataPoint point = eventsByType.get(type);
        if (point == null) {
            point = eventsByType.size() < MAX_EVENT_TYPES
                    ? eventsByType.computeIfAbsent(type, events::labelValues) : otherEvents;
        }
        point.inc();
    }

    /** One command's outcome; {@code failure} is null when the core answered without an error. */
    void command(String command, Throwable failure) {
        CounterDataPoint[] byResult = commandsByName.computeIfAbsent(CommandNames.of(command), name -> {
            Result[] results = Result.values();
            CounterDataPoint[] points = new CounterDataPoint[results.length];
            for (Result r : results) points[r.ordinal()] = commands.labelValues(name, r.name());
            return points;
        });
        byResult[classify(failure).ordinal()].inc();
    }

    void reconnected() {
        reconnects.inc();
    }

    /** The data points a script's probe keeps. */
    record ScriptMeters(DistributionDataPoint time, CounterDataPoint errors) {}

    ScriptMeters script(String name) {
        return new ScriptMeters(handlerSeconds.labelValues(name), handlerErrors.labelValues(name));
    }

    /** Handler runs, errors and the p50/p99 estimated from the buckets, since the host started. */
    record HandlerStats(long runs, long errors, double p50Seconds, double p99Seconds) {}

    Optional<HandlerStats> handlerStats(String script) {
        return handlerSeconds.collect().getDataPoints().stream()
                .filter(p -> script.equals(p.getLabels().get("script"))).findFirst()
                .map(p -> new HandlerStats(p.getCount(), (long) handlerErrors.labelValues(script).get(),
                        quantile(p, 0.5), quantile(p, 0.99)));
    }

    /** Linear interpolation inside the bucket holding the quantile, as Prometheus's histogram_quantile does. */
    static double quantile(HistogramDataPointSnapshot point, double q) {
        ClassicHistogramBuckets buckets = point.getClassicBuckets();
        long total = point.getCount();
        if (total == 0) return Double.NaN;
        double rank = q * total;
        long below = 0;
        double lower = 0;
        for (int i = 0; i < buckets.size(); i++) {
            long inBucket = buckets.getCount(i);
            double upper = buckets.getUpperBound(i);
            if (below + inBucket >= rank && inBucket > 0) {
                if (Double.isInfinite(upper)) return lower;
                return lower + (upper - lower) * (rank - below) / inBucket;
            }
            below += inBucket;
            lower = upper;
        }
        return lower;
    }

    static Result classify(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case null -> Result.ok;
            case ChatException e -> Result.chat_error;
            case CommandTimeoutException e -> Result.timeout;
            case CoreUnavailableException e -> Result.unavailable;
            case ConnectionLostException e -> Result.unavailable;
            case CommandException e -> Result.refused;
            default -> Result.error;
        };
    }

    /** The store file and its siblings that share its name (a journal or WAL file, if the store keeps one). */
    private static long storeBytes(Path storeFile) {
        Path folder = storeFile.toAbsolutePath().getParent();
        String name = storeFile.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name)).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
