package dev.simplexscript.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live heap of a child JVM, read from outside with the JDK's {@code jcmd} after a full GC. */
final class HeapProbe {
    /** A heap space line of {@code GC.heap_info}: "{@code garbage-first heap   total 262144K, used 12345K ...}". */
    private static final Pattern SPACE = Pattern.compile("^\\s*\\S.*?\\s+total\\s+(?:reserved\\s+)?\\d+K,.*?used\\s+(\\d+)K",
            Pattern.MULTILINE);

    private HeapProbe() {}

    /** Heap in use after a full GC, in bytes; empty when the JVM cannot be attached to. */
    static OptionalLong usedAfterGc(ProcessHandle process) throws InterruptedException {
        ProcessHandle jvm = javaOf(process);
        if (jcmd(jvm, "GC.run").isEmpty()) return OptionalLong.empty();
        return jcmd(jvm, "GC.heap_info").map(HeapProbe::parseUsed).orElse(OptionalLong.empty());
    }

    /**
     * Sums the "used" of every heap space (one line under G1, young and old under the serial
     * collector); the Metaspace line has no "total" and is not heap.
     */
    static OptionalLong parseUsed(String heapInfo) {
        Matcher m = SPACE.matcher(heapInfo);
        long kib = 0;
        boolean any = false;
        while (m.find()) {
            kib += Long.parseLong(m.group(1));
            any = true;
        }
        return any ? OptionalLong.of(kib * 1024) : OptionalLong.empty();
    }

    /** A launcher script that does not {@code exec} leaves the JVM as its child. */
    private static ProcessHandle javaOf(ProcessHandle process) {
        if (isJava(process)) return process;
        return process.descendants().filter(HeapProbe::isJava).findFirst().orElse(process);
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    private static java.util.Optional<String> jcmd(ProcessHandle jvm, String command) throws InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process p = new ProcessBuilder(List.of(jcmd, Long.toString(jvm.pid()), command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Optional.empty();
            }
            return p.exitValue() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
