package dev.simplexscript.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: CPU, cores, memory, OS, JDK and Node versions. */
public record MachineInfo(String cpu, int cores, String memory, String os, String jdk, Optional<String> node) {

    public static MachineInfo describe() {
        return new MachineInfo(cpuModel(), Runtime.getRuntime().availableProcessors(), memTotal(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                nodeVersion());
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse("unknown CPU");
    }

    private static String memTotal() {
        return procLine("/proc/meminfo", "MemTotal").map(kb -> {
            long kib = Long.parseLong(kb.replaceAll("[^0-9]", ""));
            return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
        }).orElse("unknown");
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) return Optional.of(line.substring(line.indexOf(':') + 1).trim());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code node --version}, or empty when there is no Node on the PATH. */
    static Optional<String> nodeVersion() {
        try {
            Process node = new ProcessBuilder(List.of("node", "--version")).redirectErrorStream(true).start();
            String out = new String(node.getInputStream().readAllBytes()).trim();
            if (!node.waitFor(10, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                return Optional.empty();
            }
            return node.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
