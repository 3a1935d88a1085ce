package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HeapProbeTest {
    @Test
    void usedHeapOfG1IsItsOneHeapLine() {
        String info = """
                17318:
                garbage-first heap   total reserved 6172672K, committed 393216K, used 10412K [0x0000000687400000, 0x0000000800000000)
                 region size 4096K, 3 young (12288K), 1 survivors (4096K)
                """;
        assertEquals(OptionalLong.of(10412L * 1024), HeapProbe.parseUsed(info));
    }

    @Test
    void usedHeapOfTheSerialCollectorIsYoungPlusTenured() {
        String info = """
                17319:
                DefNew     total 116160K, used 31021K [0x0000000687400000, 0x000000068f200000, 0x0000000704d50000)
                 eden space 103296K,  30% used [0x0000000687400000, 0x000000068924b4f0, 0x000000068d8e0000)
                 from space 12864K,   0% used [0x000000068d8e0000, 0x000000068d8e0000, 0x000000068e570000)
                Tenured    total 258048K, used 1166K [0x0000000704d50000, 0x0000000714950000, 0x0000000800000000)
                 the  space 258048K,   0% used [0x0000000704d50000, 0x0000000704e73ab8, 0x0000000714950000)
                 Metaspace       used 1234K, committed 1400K, reserved 1114112K
                """;
        assertEquals(OptionalLong.of((31021L + 1166L) * 1024), HeapProbe.parseUsed(info));
    }

    @Test
    void outputWithoutHeapLinesGivesNothing() {
        assertTrue(HeapProbe.parseUsed("17320:\nNo such process\n").isEmpty());
    }

    @Test
    void liveHeapOfAChildJvmIsReadWithJcmdAfterAFullGc() throws Exception {
        ClientSpec java = Clients.rawJava("heap probe", "-XX:+UseSerialGC", Bench.defaultProjectRoot());
        try (LoadCore core = LoadCore.start()) {
            Launch launch = Launch.start(core, java, Files.createTempFile("heap-probe", ".log"), Duration.ofSeconds(30));
            try (ClientProcess process = launch.process()) {
                OptionalLong heap = HeapProbe.usedAfterGc(process.handle());
                assertTrue(heap.isPresent(), "jcmd could not read the child's heap");
                assertTrue(heap.getAsLong() > 100_000 && heap.getAsLong() < 256L * 1024 * 1024, "heap " + heap);
            }
        }
    }
}
