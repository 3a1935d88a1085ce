package dev.simplexscript.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCallTest {

    private static CommandCall parse(String text) {
        return CommandCall.parse(text).orElseThrow();
    }

    @Test
    void nameArgsAndRestOfASimpleCommand() {
        CommandCall call = parse("/price btc");

        assertEquals("price", call.name);
        assertEquals(List.of("btc"), call.args);
        assertEquals("btc", call.rest);
        assertEquals("/price btc", call.text);
    }

    @Test
    void quotesGroupWordsAndApostrophesInsideWordsDoNot() {
        assertEquals(List.of("hello world", "now"), parse("/say \"hello world\" now").args);
        assertEquals(List.of("don't", "stop"), parse("/say don't stop").args);
        assertEquals(List.of("a b", "c"), parse("/say 'a b' c").args);
        assertEquals(List.of("curly quotes", "x"), parse("/say “curly quotes” x").args);
        assertEquals(List.of("say \"hi\""), parse("/echo \"say \\\"hi\\\"\"").args);
        assertEquals(List.of("", "x"), parse("/set \"\" x").args);
        assertEquals(List.of("unclosed rest"), parse("/say \"unclosed rest").args);
        assertEquals("\"hello world\" now", parse("/say   \"hello world\" now  ").rest);
    }

    @Test
    void aCommandWithoutArgumentsAndTextsThatAreNotCommands() {
        CommandCall help = parse("  /help\n");
        assertEquals("help", help.name);
        assertTrue(help.args.isEmpty());
        assertEquals("", help.rest);
        assertTrue(CommandCall.parse("hello /help").isEmpty());
        assertTrue(CommandCall.parse("/").isEmpty());
        assertTrue(CommandCall.parse("/ help").isEmpty());
        assertTrue(CommandCall.parse(null).isEmpty());
    }

    @Test
    void commandInfoDropsTheSlashAndRefusesSpaces() {
        assertEquals("weather", new CommandInfo("/weather", "Show the weather").name());
        assertEquals("help", new CommandInfo("help", null).label());
        assertThrows(IllegalArgumentException.class, () -> new CommandInfo("two words", "x"));
    }
}
