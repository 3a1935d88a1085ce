package dev.simplexscript.host;

import dev.simplexscript.protocol.Json;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.graalvm.polyglot.HostAccess;

/** The script's {@code log}: {@code log.info("joined", member)}; each line names the script. */
public final class ScriptLog {
    private final HostReporter reporter;
    private final String script;

    ScriptLog(HostReporter reporter, String script) {
        this.reporter = reporter;
        this.script = script;
    }

    @HostAccess.Export
    public void debug(Object... parts) {
        reporter.report(script, Level.DEBUG, join(parts));
    }

    @HostAccess.Export
    public void info(Object... parts) {
        reporter.report(script, Level.INFO, join(parts));
    }

    @HostAccess.Export
    public void warn(Object... parts) {
        reporter.report(script, Level.WARNING, join(parts));
    }

    @HostAccess.Export
    public void error(Object... parts) {
        reporter.report(script, Level.ERROR, join(parts));
    }

    /** Text as is, data as JSON, so {@code log.info("got", obj)} shows the object, not its class. */
    private static String join(Object[] parts) {
        return Arrays.stream(parts)
                .map(p -> p instanceof Map<?, ?> || p instanceof Collection<?> ? Json.write(p) : String.valueOf(p))
                .collect(Collectors.joining(" "));
    }
}
