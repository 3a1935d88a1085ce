package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.testutil.CommandCases;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded fuzzing of the grammar both ways. Parsing arbitrary text only ever ends in a parse or a
 * {@link CommandException}; encoding arbitrary text values either refuses them or produces a
 * command that parses back to exactly those values. The size is set by {@code battery.size}.
 */
class CommandFuzzTest {
    private static final int ROUNDS = "full".equals(System.getProperty("battery.size")) ? 1_000_000 : 20_000;
    private static final String ALPHABET = "abc /_@#*:,=(){}[]\"\\\n\r\t0123456789-onfé😀\u2028";

    @Test
    void mutatedCommandStringsParseOrFailCleanly() {
        Random random = new Random(20261124);
        List<String> seeds = CommandCases.all().stream().map(c -> c.get("expect").stringValue()).toList();
        for (int i = 0; i < ROUNDS; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                Commands.Parsed parsed = Commands.parse(input);
                // Whatever parses must encode again without error (the core and we agree on it).
                parsed.spec().encode(parsed.params());
            } catch (CommandException expected) {
                // refused with a reason: fine
            } catch (RuntimeException e) {
                fail("input " + Json.write(input) + " crashed the parser", e);
            }
        }
    }

    @Test
    void randomTextValuesAreRefusedOrRoundTripExactly() {
        Random random = new Random(7);
        for (int i = 0; i < ROUNDS; i++) {
            String text = randomText(random);
            check("ReceiveFile", Json.object().put("fileId", 1).put("userApprovedRelays", random.nextBoolean()).put("filePath", text), "filePath");
            check("APIListGroups", Json.object().put("userId", 1).put("search", text), "search");
            check("APIConnectPlan", Json.object().put("userId", 1).put("connectionLink", text), "connectionLink");
            check("Connect", Json.object().put("incognito", false).put("connLink_", text), "connLink_");
            ObjectNode connect = Json.object().put("userId", 1).put("incognito", false);
            connect.putObject("preparedLink_").put("connFullLink", text).put("connShortLink", randomText(random));
            check("APIConnect", connect, "preparedLink_");
            check("APISetActiveUser", Json.object().put("userId", 1).put("viewPwd", text), "viewPwd");
        }
    }

    private static void check(String command, ObjectNode params, String field) {
        String encoded;
        try {
            encoded = Commands.encode(command, params);
        } catch (CommandException refused) {
            return;
        }
        if (encoded.contains("\n") || encoded.contains("\r")) fail(command + " let a line break through: " + Json.write(encoded));
        JsonNode back = Commands.parse(encoded).params().get(field);
        assertEquals(params.get(field), back, command + " " + Json.write(encoded));
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> { if (!s.isEmpty()) s.deleteCharAt(at); }
                case 2 -> s.setLength(at);
                default -> { if (!s.isEmpty()) s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); }
            }
        }
        return s.toString();
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return s.toString();
    }
}
