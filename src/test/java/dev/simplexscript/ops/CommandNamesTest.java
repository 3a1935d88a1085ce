package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.protocol.command.Commands;
import dev.simplexscript.testutil.CommandCases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CommandNamesTest {
    /** The name the core reads a string as (APIConnect without a link is the same string as APIAddContact). */
    @Test
    void everyCommandStringIsNamedAsTheCoreReadsIt() {
        for (JsonNode c : CommandCases.all()) {
            if (!c.has("expect")) continue;
            String command = c.path("expect").asString();
            assertEquals(Commands.parse(command).name(), CommandNames.of(command), c.toString());
        }
        assertEquals("APIConnect", CommandNames.of("/_connect 2 https://simplex.chat/contact#/?v=2&smp=x"));
        assertEquals("APIConnectPlan", CommandNames.of("/_connect plan 2 https://simplex.chat/contact"));
        assertEquals("APISendMessages", CommandNames.of("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"}}]"));
    }

    @Test
    void aStringNoCommandStartsWithIsOther() {
        assertEquals("other", CommandNames.of("/v"));
        assertEquals("other", CommandNames.of("hello"));
    }
}
