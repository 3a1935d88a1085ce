package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.protocol.Fixtures;
import dev.simplexscript.protocol.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The spec's request-*.json fixtures: each cmd reads into a typed command that writes the same string. */
class RequestFixturesTest {
    static List<Path> requests() {
        return Fixtures.all("request-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void typedCommandReencodesTheFixtureCmdExactly(Path file) {
        JsonNode request = Json.parse(Fixtures.read(file));
        String cmd = request.get("cmd").stringValue();
        Commands.Parsed parsed = Commands.parse(cmd);
        ChatCommand typed = ChatCommand.parse(cmd);
        assertEquals(parsed.name(), typed.name());
        assertEquals(cmd, typed.encode());
        // Through text, because a long read back from a record and an int read from text are different nodes.
        assertEquals(Json.parse(Json.write(parsed.params())), Json.parse(Json.write(typed)), "the typed record has the spec's parameter shape");
    }
}
