package dev.simplexscript.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchPartsTest {
    @Test
    void aClientGivenOnTheCommandLineGetsTheCoreAddressWhereUrlStands() {
        ClientSpec spec = ClientSpec.parse("my bot=node  bot.js --core {url}", Path.of("."));
        assertEquals("my bot", spec.name());
        assertEquals(List.of("node", "bot.js", "--core", "ws://127.0.0.1:5"), spec.commandFor("ws://127.0.0.1:5"));
    }

    @Test
    void aClientWithoutNameOrUrlIsRefusedNamingWhatIsMissing() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> ClientSpec.parse("node bot.js {url}", Path.of(".")));
        assertTrue(noName.getMessage().contains("NAME=COMMAND"), noName.getMessage());
        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class,
                () -> new ClientSpec("bot", List.of("node", "bot.js"), Path.of("."), Map.of(), ""));
        assertTrue(noUrl.getMessage().contains("{url}"), noUrl.getMessage());
    }

    @Test
    void spreadIsTheMedianWithItsRangeAndIgnoresMissingFigures() {
        Spread spread = Spread.of(List.of(3.0, 1.0, Double.NaN, 10.0));
        assertEquals(3.0, spread.median());
        assertEquals("3 (1–10)", spread.format("%.0f"));
        assertEquals("2 (1–3)", Spread.of(List.of(1.0, 3.0)).format("%.0f"));
        assertEquals("–", Spread.of(List.of()).format("%.0f"));
    }

    @Test
    void aNewReportKeepsTheHandWrittenPartOfThePreviousFile() {
        String previous = "# old figures\n" + BenchReport.HAND_WRITTEN + "\n## Where the time goes\nprofile\n";
        assertEquals("# new figures\n\n" + BenchReport.HAND_WRITTEN + "\n## Where the time goes\nprofile\n",
                BenchReport.keepingHandWritten("# new figures\n", previous));
        assertEquals("# new figures\n", BenchReport.keepingHandWritten("# new figures\n", "# old, nothing by hand\n"));
    }
}
