package dev.simplexscript.protocol.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.testutil.CommandCases;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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

    /**
     * KNOWN (protocol owners): the parser reads text and link parameters that the encoder refuses
     * to write: control characters, spaces inside a link, whitespace around a search. A real core
     * would read such a line differently (a shorter link, two lines), so the encoder is right and
     * the parser is too lenient. Any other kind of disagreement fails the test; when the parser is
     * fixed this count drops to 0 and the test still passes.
     */
    private static final Pattern KNOWN_LENIENCY = Pattern.compile(
            "contains a control character|must not contain spaces \\(a link is a single token\\)|must not start or end with whitespace");

    @Test
    void mutatedCommandStringsParseOrFailCleanly() {
        Random random = new Random(20261124);
        int lenient = 0;
        List<String> seeds = CommandCases.all().stream().map(c -> c.get("expect").stringValue()).toList();
        for (int i = 0; i < ROUNDS; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            Commands.Parsed parsed;
            try {
                parsed = Commands.parse(input);
            } catch (CommandException expected) {
                continue; // refused with a reason: fine
            } catch (RuntimeException e) {
                fail("input " + Json.write(input) + " crashed the parser", e);
                return;
            }
            // Whatever parses encodes again, to a line that means the same command with the same
            // parameters and is its own canonical form.
            String encoded;
            try {
                encoded = parsed.spec().encode(parsed.params());
            } catch (CommandException refused) {
                if (!KNOWN_LENIENCY.matcher(refused.getMessage()).find()) {
                    fail("parsed, but its parameters cannot be encoded again: " + Json.write(input) + ": " + refused.getMessage());
                }
                lenient++;
                continue;
            }
            Commands.Parsed back = Commands.parse(encoded);
            assertEquals(parsed.spec(), back.spec(), Json.write(input) + " -> " + Json.write(encoded));
            assertEquals(parsed.params(), back.params(), Json.write(input) + " -> " + Json.write(encoded));
            assertEquals(encoded, back.spec().encode(back.params()), "encoding is canonical for " + Json.write(input));
        }
        System.getLogger(CommandFuzzTest.class.getName()).log(System.Logger.Level.INFO,
                "{0} mutated commands parsed that the encoder refuses to write (known leniency)", lenient);
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
