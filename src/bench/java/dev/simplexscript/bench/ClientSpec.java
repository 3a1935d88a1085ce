package dev.simplexscript.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One echo client to measure, as the command that starts it: {@code {url}} in any argument is
 * replaced by the load core's address.
 *
 * @param name    the row label in the report
 * @param command program and arguments
 * @param workDir where it runs
 * @param env     environment variables added to the bench's own
 * @param flags   what the report states about its runtime settings (JVM flags, Node version...)
 */
public record ClientSpec(String name, List<String> command, Path workDir, Map<String, String> env, String flags) {
    public static final String URL = "{url}";

    public ClientSpec {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        if (command.stream().noneMatch(arg -> arg.contains(URL))) {
            throw new IllegalArgumentException("client " + name + ": no " + URL + " in its command " + command);
        }
    }

    /** The command with the core's address filled in. */
    List<String> commandFor(String url) {
        return command.stream().map(arg -> arg.replace(URL, url)).toList();
    }

    /**
     * Parses {@code name=program arg {url} ...} (split on spaces), the command line's way to add a
     * client without code; runs in {@code workDir}.
     */
    public static ClientSpec parse(String text, Path workDir) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected NAME=COMMAND with " + URL + " in it, got: " + text);
        }
        List<String> command = List.of(text.substring(eq + 1).trim().split("\\s+"));
        return new ClientSpec(text.substring(0, eq).trim(), command, workDir, Map.of(), "as given");
    }
}
