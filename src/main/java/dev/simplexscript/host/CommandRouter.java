package dev.simplexscript.host;

import dev.simplexscript.api.BotApi;
import dev.simplexscript.api.CommandCall;
import dev.simplexscript.api.CommandInfo;
import dev.simplexscript.api.EventShortcut;
import dev.simplexscript.api.EventView;
import dev.simplexscript.api.objects.Message;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The host-wide view of bot commands: answers commands no script knows (once, not once per
 * script) and keeps the core's command menu in step with what the scripts registered.
 */
final class CommandRouter {
    private final BotApi api;
    private final String unknownReply;
    private final HostReporter reporter;
    private final Supplier<Collection<Set<CommandInfo>>> scriptCommands;
    private List<CommandInfo> lastPublished;

    CommandRouter(BotApi api, HostConfig config, Supplier<Collection<Set<CommandInfo>>> scriptCommands) {
        this.api = api;
        this.unknownReply = config.unknownCommandReply();
        this.reporter = config.reporter();
        this.scriptCommands = scriptCommands;
    }

    /** All commands of all running scripts, sorted by name. */
    List<CommandInfo> all() {
        return scriptCommands.get().stream().flatMap(Set::stream)
                .collect(Collectors.toMap(CommandInfo::name, c -> c, (a, b) -> a, java.util.TreeMap::new))
                .values().stream().toList();
    }

    /** Answers the commands in {@code event} that no script registered. */
    void answerUnknown(EventView event) {
        if (unknownReply == null || !event.shortcuts().contains(EventShortcut.MESSAGE)) return;
        List<CommandInfo> known = all();
        if (known.isEmpty()) return;
        Set<String> names = known.stream().map(CommandInfo::name).collect(Collectors.toCollection(TreeSet::new));
        for (Object item : event.objects(EventShortcut.MESSAGE)) {
            Message message = (Message) item;
            Optional<CommandCall> call = message.command();
            if (call.isEmpty() || names.contains(call.get().name)) continue;
            String text = unknownReply.replace("{command}", call.get().name)
                    .replace("{commands}", names.stream().map(n -> "/" + n).collect(Collectors.joining(", ")));
            message.reply(text).whenComplete((ok, e) -> {
                if (e != null) reporter.report("host", Level.WARNING, "could not answer unknown command: " + e.getMessage());
            });
        }
    }

    /** Publishes the command menu when it changed (or when {@code force}, after a reconnect). */
    synchronized void publish(boolean force) {
        List<CommandInfo> now = all();
        if (!force && now.equals(lastPublished)) return;
        // A bot that never registered a command leaves the profile's menu alone.
        if (now.isEmpty() && (lastPublished == null || lastPublished.isEmpty())) {
            lastPublished = now;
            return;
        }
        lastPublished = now;
        api.publishCommands(now).whenComplete((ok, e) -> {
            if (e != null) reporter.report("host", Level.DEBUG, "command menu not published: " + e.getMessage());
        });
    }
}
