package dev.simplexscript.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clients the bench knows how to start, each as a separate process. */
public final class Clients {
    public static final String RAW_JAVA_G1 = "raw Java-WebSocket (G1)";
    public static final String RAW_JAVA_SERIAL = "raw Java-WebSocket (Serial GC)";
    public static final String RAW_NODE = "raw Node ws";
    public static final String TS_PEER = "TypeScript peer (simplex-chat 0.2.1)";
    public static final String HOST_JS = "simplex-script, JavaScript echo";
    public static final String OPTIMIZING = "optimizing GraalJS";
    public static final String HOST_JS_OPTIMIZING = HOST_JS + ", " + OPTIMIZING;
    public static final String HOST_GROOVY = "simplex-script, Groovy echo";
    public static final String JAVA_HANDLER = "our client, plain Java handler (G1)";

    /** The heap of the child JVMs; every one gets the same so only the collector or the code differs. */
    private static final List<String> CHILD_JVM_HEAP = List.of("-Xms64m", "-Xmx256m");

    private Clients() {}

    /** The raw Java client in a child JVM of this same JDK and class path, with the given collector flag. */
    public static ClientSpec rawJava(String name, String gcFlag, Path workDir) {
        return childJvm(name, RawJavaEchoClient.class, gcFlag, workDir);
    }

    /** Our client with a plain Java handler, in a child JVM set up exactly as the raw Java client's. */
    public static ClientSpec javaHandler(String gcFlag, Path workDir) {
        return childJvm(JAVA_HANDLER, JavaHandlerEchoClient.class, gcFlag, workDir);
    }

    private static ClientSpec childJvm(String name, Class<?> main, String gcFlag, Path workDir) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> jvmFlags = new ArrayList<>(CHILD_JVM_HEAP);
        jvmFlags.add(gcFlag);
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), ClientSpec.URL));
        return new ClientSpec(name, command, workDir, Map.of(), "JDK " + Runtime.version() + ", " + String.join(" ", jvmFlags));
    }

    public static ClientSpec rawNode(Path nodeDir, String nodeVersion) {
        return new ClientSpec(RAW_NODE, List.of("node", "raw-echo.js", ClientSpec.URL), nodeDir, Map.of(),
                "Node " + nodeVersion + ", ws 8.23.0");
    }

    /** The old official client running its example's loop; sends not awaited (see ts-echo.js why). */
    public static ClientSpec tsPeer(Path nodeDir, String nodeVersion) {
        return new ClientSpec(TS_PEER, List.of("node", "ts-echo.js", ClientSpec.URL), nodeDir, Map.of(),
                "Node " + nodeVersion + ", sends not awaited in the loop");
    }

    /**
     * The JVM options that run GraalJS with its optimizing compiler on a stock JDK (notes/STACK.md):
     * {@code compilerDir} holds the compiler, truffle-compiler, collections and word jars of the
     * polyglot version in use.
     */
    public static String optimizingGraalJs(Path compilerDir) {
        return "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=" + compilerDir.toAbsolutePath();
    }

    /** The same bot awaiting each send inside its loop, as the client's own example does: it stalls under load. */
    static ClientSpec tsPeerAwaiting(Path nodeDir) {
        return new ClientSpec(StallCheck.TS_AWAITING, List.of("node", "ts-echo.js", ClientSpec.URL, "--await"), nodeDir,
                Map.of(), "sends awaited in the loop");
    }

    /** The folder holding the Node clients and their package.json, under the project root. */
    public static Path nodeDir(Path projectRoot) {
        return projectRoot.resolve("src/bench/node");
    }

    /** Why the Node clients cannot run here, or empty when they can. */
    public static Optional<String> nodeMissing(Path nodeDir, Optional<String> nodeVersion) {
        if (nodeVersion.isEmpty()) return Optional.of("no `node` on PATH");
        for (String module : List.of("ws", "simplex-chat")) {
            if (!Files.isDirectory(nodeDir.resolve("node_modules").resolve(module))) {
                return Optional.of("node_modules/" + module + " missing: run `npm ci` in " + nodeDir);
            }
        }
        return Optional.empty();
    }
}
