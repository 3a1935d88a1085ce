package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.testutil.CommandCases;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each command encoded for several parameter sets and compared with strings written by hand from
 * COMMANDS.md's syntax and its JavaScript expressions (src/test/resources/protocol/command-cases.jsonl).
 */
class CommandEncodingTest {

    static Stream<JsonNode> caseStream() {
        return CommandCases.all().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("caseStream")
    void encodesExactlyAsTheSpecSays(JsonNode c) {
        assertEquals(c.get("expect").stringValue(), Commands.encode(c.get("command").stringValue(), c.get("params")));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("caseStream")
    void parsesTheSpecStringBackToTheSameCommand(JsonNode c) {
        String expected = c.get("expect").stringValue();
        Commands.Parsed parsed = Commands.parse(expected);
        // "/_connect <userId>" alone is both APIAddContact and APIConnect (PROTOCOL.md §4.1, 29);
        // the core reads it as APIAddContact, and so do we.
        String command = c.get("command").stringValue();
        String expectedName = expected.matches("/_connect \\d+") ? "APIAddContact" : command;
        assertEquals(expectedName, parsed.name());
        assertEquals(expected, parsed.spec().encode(parsed.params()));
    }

    @Test
    void everyCommandHasCases() {
        Set<String> covered = new HashSet<>();
        for (JsonNode c : CommandCases.all()) covered.add(c.get("command").stringValue());
        for (var spec : Commands.ALL) {
            assertEquals(true, covered.contains(spec.name()), "no encoding case for " + spec.name());
        }
    }

    @Test
    void coreStripsTrailingWhitespaceBeforeParsing() {
        assertEquals("ShowActiveUser", Commands.parse("/user  \n").name());
    }
}
