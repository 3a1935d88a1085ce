package dev.simplexscript.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time used by the load core (this JVM) and by the client process, read around a phase: on 2
 * cores, where core and client compete, CPU per message says what each side costs regardless of
 * what else ran on the machine.
 */
record CpuClock(long coreNanos, long clientNanos) {

    static CpuClock read(ProcessHandle client) {
        long core = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long clientCpu = client.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        return new CpuClock(core, clientCpu);
    }

    /** Microseconds of CPU per message since {@code before}, core and client; -1 where unknown. */
    CpuPerMessage since(CpuClock before, int messages) {
        if (messages == 0) return new CpuPerMessage(-1, -1);
        double core = (coreNanos - before.coreNanos) / 1e3 / messages;
        double client = clientNanos < 0 || before.clientNanos < 0 ? -1 : (clientNanos - before.clientNanos) / 1e3 / messages;
        return new CpuPerMessage(core, client);
    }

    /** CPU microseconds per message of the load core and of the client. */
    record CpuPerMessage(double coreMicros, double clientMicros) {}
}
