package dev.simplexscript.console;

import dev.simplexscript.run.BotRunner;
import java.io.IOException;
import java.time.Duration;

/**
 * The console of a bot running on the embedded simulator: the user plays the bot's contacts with
 * the {@link PeopleConsole} commands, and sees what the bot does as it does it.
 */
public final class BotConsole {
    private static final Duration SETTLE = Duration.ofSeconds(15);

    private final BotRunner bot;
    private final ConsoleTerminal terminal;
    private final PeopleConsole people;

    public BotConsole(BotRunner bot, ConsoleTerminal terminal) {
        this.bot = bot;
        this.terminal = terminal;
        this.people = new PeopleConsole(bot.simulator().orElseThrow(() -> new IllegalStateException("the console needs the embedded simulator")),
                "alice", false, terminal::println);
    }

    /**
     * Reads lines until the end of input or /quit. After each line it waits for the bot to finish
     * answering, so piped input gets every reply before the process exits; on a terminal, what the
     * bot does later (timers, other people) is printed above the prompt as it happens.
     */
    public void run() throws IOException, InterruptedException {
        // on.start handlers (creating the address, groups, links) finish before the first line is read.
        bot.awaitQuiet(SETTLE);
        Thread printer = terminal.interactive() ? Thread.ofPlatform().daemon().name("console-printer").start(this::printContinuously) : null;
        try {
            for (String line; (line = terminal.readLine(people.prompt())) != null; ) {
                if (!people.execute(line)) break;
                bot.awaitQuiet(SETTLE);
                people.report();
            }
        } finally {
            if (printer != null) printer.interrupt();
        }
        bot.awaitQuiet(SETTLE);
        people.report();
    }

    private void printContinuously() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(200);
                if (bot.quiet()) people.report();
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
