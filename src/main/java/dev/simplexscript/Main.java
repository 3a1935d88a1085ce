package dev.simplexscript;

import dev.simplexscript.cli.RootCommand;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point: builds the picocli command line, runs it, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        quietLogging();
        System.exit(RootCommand.commandLine().execute(args));
    }

    /**
     * Library chatter (connects, retries) stays out of the user's console: warnings and errors
     * only, one line each. {@code -Dsimplex.log=INFO} (or FINE) shows more.
     */
    private static void quietLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        Level level = Level.parse(System.getProperty("simplex.log", "WARNING"));
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) handler.setLevel(level);
    }
}
