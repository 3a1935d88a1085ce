package dev.simplexscript.ops;

import dev.simplexscript.host.HostReporter;
import dev.simplexscript.host.ScriptObserver;
import dev.simplexscript.host.ScriptStatus;
import dev.simplexscript.lang.ScriptError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Everything an operator has on a running bot, behind the few calls the runner makes: it screens
 * every core event ({@link #screen}: {@code /admin} messages are taken out before dispatch and
 * events are counted), hears of the connection ({@link #connected}, {@link #disconnected}) and of
 * each command ({@link #commandSent}), watches the scripts ({@link #observer}) and keeps their log
 * lines ({@link #reporter}). {@code /admin} is reserved whether or not the operator chat is on, so
 * turning it on never changes what scripts see.
 */
public final class Operations implements AutoCloseable {

    /**
     * What to run.
     *
     * @param adminCode the claim code, or null for none; with {@code admin} and no code, one is generated
     * @param admin     turn the operator chat on
     * @param metrics   where to serve {@code /healthz} and {@code /metrics}, or null for nowhere
     * @param dataDir   the host's data folder ({@code operator.json}, received deploys)
     * @param storeFile the scripts' store, whose size is a metric; null for none
     * @param pace      how fast the operator is told of trouble
     */
    public record Settings(boolean admin, String adminCode, InetSocketAddress metrics, Path dataDir, Path storeFile,
                           NotificationPace pace) {
        public static Settings off(Path dataDir) {
            return new Settings(false, null, null, dataDir, null, NotificationPace.DEFAULT);
        }
    }

    private final OperatedBot bot;
    private final NotificationPace pace;
    private final HostReporter log;
    private final ScheduledThreadPoolExecutor thread;
    private final CoreState core;
    private final Metrics metrics;
    private final ScriptLogs logs;
    private final Notifier notifier;
    private final Deployer deployer;
    private final AdminFilter filter;
    private final AdminChat admin;
    private final OpsServer server;

    /**
     * @param bot      the bot; only called once events flow, so it may be bound late
     * @param log      where the host's own lines go (after they are kept for {@code /admin logs})
     * @param announce prints a status line on the host (the claim code, a new code after a revoke)
     */
    public Operations(Settings settings, OperatedBot bot, HostReporter log, Consumer<String> announce, Clock clock) {
        this.bot = bot;
        this.pace = settings.pace();
        this.logs = new ScriptLogs(clock);
        this.log = logs.keeping(log);
        this.thread = new ScheduledThreadPoolExecutor(1, task -> Thread.ofPlatform().daemon().name("ops").unstarted(task));
        thread.setRemoveOnCancelPolicy(true);
        this.core = new CoreState(clock);
        this.metrics = new Metrics(bot::scripts, core::isConnected, settings.storeFile());
        this.deployer = new Deployer(bot, settings.dataDir());
        if (settings.admin()) {
            boolean generated = settings.adminCode() == null;
            AdminCode code = generated ? AdminCode.generate() : AdminCode.of(settings.adminCode());
            this.notifier = new Notifier((delay, task) -> thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS), clock,
                    pace, () -> core.isConnected() && operator().isPresent(), this::tellOperator);
            this.admin = new AdminChat(bot, OperatorFile.open(settings.dataDir()), code, generated, clock, logs, metrics, core,
                    notifier, deployer, this.log, announce);
            announce.accept(admin.banner());
        } else {
            this.notifier = null;
            this.admin = null;
        }
        try {
            this.server = settings.metrics() == null ? null : new OpsServer(settings.metrics(), metrics.registry(), this::problems);
        } catch (IOException e) {
            thread.shutdownNow();
            throw new UncheckedIOException("cannot serve metrics on " + settings.metrics() + ": " + e.getMessage(), e);
        }
        this.filter = new AdminFilter(deployer::receiving, this::take, event -> thread.execute(() -> deployer.fileEvent(event)));
        if (server != null) announce.accept("health and metrics on http://" + hostPort(server.address()) + "/healthz and /metrics");
    }

    /** The host's reporter: lines are kept for {@code /admin logs}, then written as before. */
    public HostReporter reporter() {
        return log;
    }

    /**
     * The probe per script: handler time and errors into the metrics, failures to the operator, but
     * not the outcome of the operator's own reload, enable, disable or deploy, which their answer carries.
     */
    public ScriptObserver observer() {
        return script -> new ScriptObserver.Probe() {
            private final Metrics.ScriptMeters meters = metrics.script(script);

            @Override
            public void ran(long nanos, ScriptError failure) {
                meters.time().observe(nanos / 1e9);
                if (failure != null) {
                    meters.errors().inc();
                    note(script + ": " + failure.getMessage());
                }
            }

            // What an operator asked for is answered to them (AdminChat, Deployer): told once, not also as a note.
            @Override
            public void loadFailed(ScriptError error, ScriptObserver.Cause cause) {
                if (cause == ScriptObserver.Cause.HOST) note(script + ": cannot load: " + error.getMessage());
            }

            @Override
            public void disabled(String reason, ScriptObserver.Cause cause) {
                if (cause == ScriptObserver.Cause.HOST) note(script + ": disabled because " + reason);
            }
        };
    }

    /**
     * Counts one core event and takes {@code /admin} messages (and the file events of a deploy)
     * out of it; they are handled on the operator thread.
     *
     * @return what scripts should get, or null when nothing is left for them
     */
    public JsonNode screen(JsonNode resp) {
        metrics.event(resp.path("type").asString(""));
        return filter.screen(resp);
    }

    private void take(AdminMessage m) {
        if (admin == null) {
            log.report("host", Level.DEBUG, "dropped an /admin message from " + m.sender() + ": the operator chat is off (--admin)");
        } else {
            thread.execute(() -> admin.handle(m));
        }
    }

    /** A command went to the core; its outcome is counted when it completes. */
    public void commandSent(String command, CompletableFuture<?> result) {
        result.whenComplete((ok, e) -> metrics.command(command, e));
    }

    public void connected(String coreVersion) {
        java.time.Duration down = core.inState();
        boolean wasDown = !core.isConnected();
        String reason = core.lostReason();
        if (core.connected(coreVersion)) {
            metrics.reconnected();
            if (wasDown && down.compareTo(pace.outage()) >= 0) {
                note("the chat core was unreachable for " + AdminChat.duration(down) + " (" + reason + "); connected again");
            }
        }
        if (notifier != null) notifier.kick();
    }

    public void disconnected(String reason) {
        core.disconnected(reason);
    }

    /** Why the bot is not healthy: the core is away, or a script does not run. Empty when healthy. */
    public List<String> problems(List<ScriptStatus> scripts) {
        List<String> out = new ArrayList<>();
        if (!core.isConnected()) out.add("chat core not connected: " + core.describe());
        if (scripts.isEmpty()) out.add("no scripts");
        for (ScriptStatus s : scripts) {
            if (s.state() != ScriptStatus.State.RUNNING) {
                out.add(s.name() + " " + s.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + s.problem());
            }
        }
        return out;
    }

    private List<String> problems() {
        return problems(bot.scripts());
    }

    private Optional<Operator> operator() {
        return admin == null ? Optional.empty() : admin.operator();
    }

    private void tellOperator(String text) {
        operator().ifPresent(op -> admin.send(op.contactId(), text));
    }

    /** True when no operator command or deploy is being handled. */
    public boolean idle() {
        // Notifications wait in the queue for their time; only work due now counts.
        return thread.getActiveCount() == 0 && !deployer.busy() && thread.getQueue().stream()
                .allMatch(task -> ((RunnableScheduledFuture<?>) task).getDelay(TimeUnit.NANOSECONDS) > 0);
    }

    /** Where {@code /healthz} and {@code /metrics} are served, if they are. */
    public Optional<InetSocketAddress> metricsAddress() {
        return Optional.ofNullable(server).map(OpsServer::address);
    }

    private void note(String line) {
        if (notifier != null) notifier.note(line);
    }

    private static String hostPort(InetSocketAddress a) {
        String host = a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    @Override
    public void close() {
        if (server != null) server.close();
        thread.shutdownNow();
    }
}
