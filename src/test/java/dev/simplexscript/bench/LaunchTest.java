package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchTest {
    @Test
    void aClientThatExitsWithoutConnectingFailsAtOnceWithWhatItPrinted() throws Exception {
        ClientSpec broken = new ClientSpec("broken", List.of("sh", "-c", "echo cannot reach $0; exit 3", ClientSpec.URL),
                Path.of("."), Map.of(), "");
        Path log = Files.createTempFile("launch", ".log");
        try (LoadCore core = LoadCore.start()) {
            Launch.Failed failed = assertThrows(Launch.Failed.class,
                    () -> Launch.start(core, broken, log, Duration.ofMinutes(5)));
            assertTrue(failed.getMessage().contains("exited without connecting"), failed.getMessage());
            assertTrue(failed.getMessage().contains("cannot reach " + core.url()), failed.getMessage());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aClientProgramThatDoesNotExistFailsNamingIt() throws Exception {
        ClientSpec missing = new ClientSpec("missing", List.of("/nonexistent/bot", ClientSpec.URL), Path.of("."), Map.of(), "");
        try (LoadCore core = LoadCore.start()) {
            Launch.Failed failed = assertThrows(Launch.Failed.class,
                    () -> Launch.start(core, missing, Path.of("target/launch-missing.log"), Duration.ofSeconds(2)));
            assertTrue(failed.getMessage().contains("/nonexistent/bot"), failed.getMessage());
        }
    }
}
