package dev.simplexscript.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raises the level of some loggers for the length of a battery: the client logs every dropped
 * frame (and every corrId-less error) by design, and a hundred thousand of those lines would bury
 * the build output and measure the console instead of the client.
 * The loggers are held here because java.util.logging keeps only weak references to them.
 */
final class QuietLogs implements AutoCloseable {
    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();

    static QuietLogs below(Level level, String... names) {
        QuietLogs quiet = new QuietLogs();
        for (String name : names) {
            Logger logger = Logger.getLogger(name);
            quiet.loggers.add(logger);
            quiet.previous.add(logger.getLevel());
            logger.setLevel(level);
        }
        return quiet;
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) loggers.get(i).setLevel(previous.get(i));
    }
}
