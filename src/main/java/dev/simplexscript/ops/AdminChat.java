package dev.simplexscript.ops;

import dev.simplexscript.host.HostReporter;
import dev.simplexscript.host.LoadResult;
import dev.simplexscript.host.ScriptStatus;
import dev.simplexscript.protocol.command.APISendMessages;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The operator chat: {@code /admin …} messages, already taken out of the event stream. A contact
 * becomes the operator with {@code /admin claim CODE}; every other command is answered only for
 * the operator. Anyone else's {@code /admin} gets no answer at all (the host log says why), so to
 * them the bot has no such feature.
 */
final class AdminChat {
    static final String HELP = """
            Operator commands:
            /admin status               uptime, core, each script's state and handler times
            /admin scripts              the scripts and their state
            /admin logs NAME [N]        the last N lines (default 20) a script logged
            /admin reload NAME          run the script's file again
            /admin disable NAME         stop it until /admin enable, whatever happens to its file
            /admin enable NAME          load it again
            send a .js/.groovy file with the caption /admin deploy   check it, put it in the watched folder, load it
            /admin undeploy NAME        stop it and delete its file
            /admin revoke               stop being the operator""";
    /** One message stays well below the core's 15,602-byte limit for a text message. */
    static final int MAX_MESSAGE_CHARS = 12_000;
    static final int DEFAULT_LOG_LINES = 20;

    private final OperatedBot bot;
    private final OperatorFile operators;
    private final boolean generatedCode;
    private final ClaimGuard guard;
    private final ScriptLogs logs;
    private final Metrics metrics;
    private final CoreState core;
    private final Notifier notifier;
    private final Deployer deployer;
    private final HostReporter log;
    private final Consumer<String> announce;
    private final Instant started;
    private volatile AdminCode code;

    AdminChat(OperatedBot bot, OperatorFile operators, AdminCode code, boolean generatedCode, Clock clock, ScriptLogs logs,
              Metrics metrics, CoreState core, Notifier notifier, Deployer deployer, HostReporter log, Consumer<String> announce) {
        this.bot = bot;
        this.operators = operators;
        this.code = code;
        this.generatedCode = generatedCode;
        this.guard = new ClaimGuard(clock);
        this.logs = logs;
        this.metrics = metrics;
        this.core = core;
        this.notifier = notifier;
        this.deployer = deployer;
        this.log = log;
        this.announce = announce;
        this.started = clock.instant();
    }

    /** What the host prints at start: how to claim, or who the operator is. */
    String banner() {
        Optional<Operator> op = operators.operator();
        if (op.isPresent()) return "operator chat: the operator is " + op.get() + "; /admin revoke from their chat releases it";
        if (operators.used(code)) {
            return "operator chat: the admin code given was used before and no longer works; start with a new one";
        }
        return "operator chat: send '/admin claim " + code.text() + "' to the bot in a direct chat to become its operator";
    }

    Optional<Operator> operator() {
        return operators.operator();
    }

    /** Handles one {@code /admin} message; answers (if any) go out asynchronously. */
    void handle(AdminMessage m) {
        String[] words = m.words();
        String verb = words.length == 0 ? "help" : words[0].toLowerCase(Locale.ROOT);
        if (!m.direct()) {
            dropped(m, verb, "sent in a group; the operator chat works in a direct chat only");
            return;
        }
        if (verb.equals("claim")) {
            claim(m, words);
            return;
        }
        Optional<Operator> op = operators.operator();
        if (op.isEmpty() || !op.get().sent(m)) {
            dropped(m, verb, op.isEmpty() ? "nobody has claimed the bot" : "not the operator");
            return;
        }
        if (m.file() != null && !verb.equals("deploy")) {
            reply(m, "a file is deployed with the caption /admin deploy; nothing done");
            return;
        }
        log.report("host", Level.INFO, "operator " + op.get().name() + ": /admin " + String.join(" ", words));
        CompletableFuture<String> answer;
        try {
            answer = switch (verb) {
                case "help" -> done(HELP);
                case "status" -> done(status());
                case "scripts" -> done(scripts());
                case "logs" -> done(logs(words));
                case "reload" -> script(words).map(s -> bot.reload(s.file()).thenApply(r -> loaded("reloaded", r)))
                        .orElseGet(() -> done(unknown(words)));
                case "enable" -> script(words).map(s -> bot.enable(s.file()).thenApply(r -> loaded("enabled", r)))
                        .orElseGet(() -> done(unknown(words)));
                case "disable" -> script(words).map(s -> bot.disable(s.file())
                        .thenApply(v -> s.name() + " disabled; /admin enable " + s.name() + " loads it again"))
                        .orElseGet(() -> done(unknown(words)));
                case "undeploy" -> script(words).map(this::undeploy).orElseGet(() -> done(unknown(words)));
                case "deploy" -> m.file() == null
                        ? done("send the script as a file (.js or .groovy) with the caption /admin deploy")
                        : deployer.deploy(m.file());
                case "revoke" -> done(revoke(op.get()));
                default -> done("unknown operator command '" + verb + "'\n" + HELP);
            };
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((text, e) -> reply(m, e == null ? text : "failed: " + describe(e)));
    }

    private void claim(AdminMessage m, String[] words) {
        Optional<Operator> op = operators.operator();
        if (op.isPresent()) {
            if (op.get().sent(m)) reply(m, "you are already the operator");
            else dropped(m, "claim", "the bot already has an operator, " + op.get());
            return;
        }
        if (!guard.open()) {
            dropped(m, "claim", "claims are paused after " + ClaimGuard.MAX_FAILURES + " wrong codes in "
                    + ClaimGuard.WINDOW.toMinutes() + " minutes");
            return;
        }
        AdminCode current = code;
        if (words.length != 2 || operators.used(current) || !current.matches(words[1])) {
            guard.failed();
            dropped(m, "claim", operators.used(current) ? "the admin code was already used" : "wrong code");
            return;
        }
        if (m.contactCreated() == null) {
            // Without it the claim could not be told from a later contact that gets the same id.
            dropped(m, "claim", "the core did not say when this contact was made (createdAt)");
            return;
        }
        Operator who = new Operator(m.userId(), m.contactId(), m.contactCreated(), m.sender(), Instant.now());
        operators.claim(who, current);
        log.report("host", Level.WARNING, "operator chat: " + who + " claimed the bot; the code no longer works");
        reply(m, "You are now the operator of this bot.\n" + HELP);
        notifier.kick();
    }

    private String revoke(Operator op) {
        operators.revoke();
        notifier.clear();
        log.report("host", Level.WARNING, "operator chat: " + op + " revoked; the bot has no operator");
        if (generatedCode) {
            code = AdminCode.generate();
            announce.accept(banner());
            return "You are no longer the operator. A new claim code was printed in the host's log.";
        }
        return "You are no longer the operator. The admin code given at start was used; restart with a new one to claim again.";
    }

    private String status() {
        List<ScriptStatus> scripts = bot.scripts();
        Map<ScriptStatus.State, Long> counts = scripts.stream()
                .collect(Collectors.groupingBy(ScriptStatus::state, Collectors.counting()));
        StringBuilder out = new StringBuilder();
        out.append("up ").append(duration(Duration.between(started, Instant.now()))).append(" · ").append(core.describe());
        out.append("\nscripts: ").append(scripts.size());
        counts.forEach((state, n) -> out.append(" · ").append(n).append(' ').append(state.name().toLowerCase(Locale.ROOT)));
        for (ScriptStatus s : scripts) {
            out.append("\n").append(s.name()).append(" v").append(s.version()).append(' ')
                    .append(s.state().name().toLowerCase(Locale.ROOT));
            metrics.handlerStats(s.name()).ifPresent(h -> out.append(" · ").append(h.runs()).append(" handled · ")
                    .append(h.errors()).append(" errors · p50 ").append(millis(h.p50Seconds()))
                    .append(" · p99 ").append(millis(h.p99Seconds())));
            out.append(" · ").append(s.queued()).append(" queued");
            if (s.problem() != null) out.append("\n  ").append(s.problem());
        }
        return out.toString();
    }

    private String scripts() {
        List<ScriptStatus> scripts = bot.scripts();
        if (scripts.isEmpty()) return "no scripts";
        return scripts.stream().map(s -> s.name() + " v" + s.version() + " " + s.state().name().toLowerCase(Locale.ROOT)
                + (s.problem() == null ? "" : ": " + s.problem())).collect(Collectors.joining("\n"));
    }

    private String logs(String[] words) {
        Optional<ScriptStatus> s = script(words);
        String name = s.map(ScriptStatus::name).orElse(words.length > 1 && words[1].equals("host") ? "host" : null);
        if (name == null) return unknown(words);
        int count = DEFAULT_LOG_LINES;
        if (words.length > 2) {
            try {
                count = Math.clamp(Integer.parseInt(words[2]), 1, ScriptLogs.KEPT_PER_SCRIPT);
            } catch (NumberFormatException e) {
                return "usage: /admin logs NAME [N], N a number up to " + ScriptLogs.KEPT_PER_SCRIPT;
            }
        }
        List<ScriptLogs.Line> lines = logs.last(name, count);
        if (lines.isEmpty()) return name + " has logged nothing since the host started";
        return name + ", last " + lines.size() + " lines (UTC):\n"
                + lines.stream().map(ScriptLogs.Line::toString).collect(Collectors.joining("\n"));
    }

    private CompletableFuture<String> undeploy(ScriptStatus s) {
        List<Path> folders = bot.folders();
        if (folders.stream().noneMatch(f -> f.equals(s.file().getParent()))) {
            return done(s.name() + " was given on the command line, not found in a watched folder; it is not deleted");
        }
        return bot.unload(s.file()).thenApply(v -> {
            try {
                Files.deleteIfExists(s.file());
            } catch (IOException e) {
                return s.name() + " stopped, but its file could not be deleted: " + e.getMessage();
            }
            return s.name() + " stopped and deleted";
        });
    }

    /** The script named by the second word: its file name, or its name without the extension when that is unique. */
    private Optional<ScriptStatus> script(String[] words) {
        if (words.length < 2) return Optional.empty();
        String wanted = words[1];
        List<ScriptStatus> all = bot.scripts();
        Optional<ScriptStatus> exact = all.stream().filter(s -> s.name().equals(wanted)).findFirst();
        if (exact.isPresent()) return exact;
        List<ScriptStatus> stem = all.stream().filter(s -> s.name().startsWith(wanted + ".")
                && s.name().indexOf('.', wanted.length() + 1) < 0).toList();
        return stem.size() == 1 ? Optional.of(stem.getFirst()) : Optional.empty();
    }

    private String unknown(String[] words) {
        String names = bot.scripts().stream().map(ScriptStatus::name).collect(Collectors.joining(", "));
        if (words.length < 2) return "which script? scripts: " + (names.isEmpty() ? "none" : names);
        return "no script " + words[1] + "; scripts: " + (names.isEmpty() ? "none" : names);
    }

    private static String loaded(String what, LoadResult r) {
        if (r.loaded()) return r.script() + " " + what + ": v" + r.version() + " running" + changes(r);
        return r.script() + " not " + what + ": " + r.error().getMessage()
                + (r.version() > 0 ? "\nv" + r.version() + " keeps running" : "");
    }

    /** The command changes of a load, e.g. {@code , commands +/price -/old}. */
    static String changes(LoadResult r) {
        if (r.added().isEmpty() && r.removed().isEmpty()) return "";
        StringBuilder s = new StringBuilder(", commands");
        r.added().forEach(c -> s.append(" +/").append(c));
        r.removed().forEach(c -> s.append(" -/").append(c));
        return s.toString();
    }

    private void dropped(AdminMessage m, String verb, String why) {
        log.report("host", Level.WARNING, "operator chat: ignored /admin " + verb + " from " + m.sender() + " (" + m.where() + "): " + why);
    }

    /** Sends {@code text} to the message's sender, split into messages the core accepts. */
    void reply(AdminMessage m, String text) {
        send(m.contactId(), text);
    }

    void send(long contactId, String text) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode chat = json.objectNode().put("chatType", "direct").put("chatId", contactId);
        List<ArrayNode> parts = new ArrayList<>();
        for (int at = 0; at < text.length(); at += MAX_MESSAGE_CHARS) {
            String part = text.substring(at, Math.min(text.length(), at + MAX_MESSAGE_CHARS));
            ObjectNode message = json.objectNode();
            message.putObject("msgContent").put("type", "text").put("text", part);
            message.putObject("mentions");
            parts.add(json.arrayNode().add(message));
        }
        for (ArrayNode part : parts) {
            bot.send(new APISendMessages(chat, false, null, part)).whenComplete((ok, e) -> {
                if (e != null) log.report("host", Level.WARNING, "operator chat: could not answer contact " + contactId + ": " + describe(e));
            });
        }
    }

    private static CompletableFuture<String> done(String text) {
        return CompletableFuture.completedFuture(text);
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min";
        if (s < 86400) return s / 3600 + " h " + s % 3600 / 60 + " min";
        return s / 86400 + " d " + s % 86400 / 3600 + " h";
    }

    private static String millis(double seconds) {
        if (Double.isNaN(seconds)) return "-";
        double ms = seconds * 1000;
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String describe(Throwable e) {
        Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
