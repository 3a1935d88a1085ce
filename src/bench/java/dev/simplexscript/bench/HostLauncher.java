package dev.simplexscript.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start our host: a command (the launcher with its options), then
 * {@code --core <url> <scripts>}.
 *
 * @param projectRoot where it runs and where the bench writes its scripts (under {@code target/})
 */
public record HostLauncher(Path projectRoot, List<String> launcher) {

    public HostLauncher {
        launcher = List.copyOf(launcher);
    }

    /**
     * As a user starts it: {@code scripts/simplex-script}, its data folder (the scripts' store)
     * under {@code target/bench-work/} rather than the project root.
     */
    public static HostLauncher of(Path projectRoot) {
        List<String> launcher = new ArrayList<>();
        launcher.add(projectRoot.resolve("scripts/simplex-script").toString());
        launcher.addAll(List.of("--data", projectRoot.resolve("target/bench-work/data").toString()));
        return new HostLauncher(projectRoot, launcher);
    }

    /**
     * Our host on a script or a folder of scripts. {@code javaOpts} go to the host's JVM through
     * the launcher's {@code SIMPLEX_SCRIPT_JAVA_OPTS}.
     */
    public ClientSpec spec(String name, Path scripts, String javaOpts) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--core", ClientSpec.URL, scripts.toString()));
        return new ClientSpec(name, command, projectRoot, Map.of("SIMPLEX_SCRIPT_JAVA_OPTS", javaOpts),
                "JDK " + Runtime.version() + ", launcher flags" + (javaOpts.isBlank() ? "" : " + " + javaOpts));
    }

    /** Where the bench writes the scripts it runs. */
    Path workDir(String name) {
        return projectRoot.resolve("target/bench-work").resolve(name);
    }
}
