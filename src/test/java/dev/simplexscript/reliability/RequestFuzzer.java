package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.CommandCases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded source of hostile request frames for a chat core: random bytes and text, broken
 * envelopes (wrong field types, missing fields), and well-enveloped commands that are random,
 * mutated from COMMANDS.md cases, or given parameters of the wrong type. Every enveloped frame
 * gets the corrId {@code f<n>}, so its answer can be found.
 */
final class RequestFuzzer {
    private static final String NASTY = "ab /_@#*:,=(){}[]\"'\\\n\r\t0123456789-onfé😀";
    private static final List<String> WRONG_TOKENS = List.of("abc", "-1", "99999999999999999999999", "on", "off", "{}", "[]",
            "\"x\"", "null", "1.5", "#x", "@", "*", "json", "[{\"msgContent\":{}}]", "{\"type\":\"emoji\",\"emoji\":\"x\"}", "");

    /**
     * One request frame: text or binary, its corrId when its envelope is well-formed, and whether
     * its command is a COMMANDS.md case as written (valid by the spec, whatever our parser says).
     */
    record Request(String text, byte[] binary, String corrId, boolean specCase) {}

    private final SplittableRandom random;
    private final List<String> commands;
    private long next;

    RequestFuzzer(long seed) {
        random = new SplittableRandom(seed);
        commands = CommandCases.all().stream().map(c -> c.get("expect").stringValue()).toList();
    }

    Request next() {
        String corrId = "f" + next++;
        return switch (random.nextInt(8)) {
            case 0 -> new Request(null, bytes(random.nextInt(1_000) == 0 ? 1 << 20 : random.nextInt(2_048)), null, false);
            case 1 -> new Request(randomText(random.nextInt(300)), null, null, false);
            case 2 -> new Request(badEnvelope(corrId), null, null, false);
            case 3 -> enveloped(corrId, pick(commands), true);
            case 4 -> enveloped(corrId, mutate(pick(commands)), false);
            case 5 -> enveloped(corrId, wrongToken(pick(commands)), false);
            case 6 -> enveloped(corrId, "/" + randomText(random.nextInt(60)), false);
            default -> {
                boolean asWritten = random.nextBoolean();
                Request text = enveloped(corrId, asWritten ? pick(commands) : mutate(pick(commands)), asWritten);
                yield new Request(null, text.text().getBytes(StandardCharsets.UTF_8), corrId, asWritten);
            }
        };
    }

    private static Request enveloped(String corrId, String cmd, boolean specCase) {
        ObjectNode frame = Json.object().put("corrId", corrId).put("cmd", cmd);
        return new Request(Json.write(frame), null, corrId, specCase);
    }

    private String badEnvelope(String corrId) {
        String cmd = Json.write(pick(commands));
        return switch (random.nextInt(10)) {
            case 0 -> "{\"corrId\":" + random.nextInt(1000) + ",\"cmd\":" + cmd + "}";
            case 1 -> "{\"corrId\":null,\"cmd\":" + cmd + "}";
            case 2 -> "{\"cmd\":" + cmd + "}";
            case 3 -> "{\"corrId\":\"" + corrId + "\"}";
            case 4 -> "{\"corrId\":\"" + corrId + "\",\"cmd\":" + random.nextInt() + "}";
            case 5 -> "{\"corrId\":\"" + corrId + "\",\"cmd\":{\"text\":" + cmd + "}}";
            case 6 -> "{\"corrId\":\"" + corrId + "\",\"cmd\":[" + cmd + "]}";
            case 7 -> "[{\"corrId\":\"" + corrId + "\",\"cmd\":" + cmd + "}]";
            case 8 -> "{\"corrId\":[\"" + corrId + "\"],\"cmd\":" + cmd + "}";
            default -> "{\"corrId\":\"" + corrId + "\",\"cmd\":" + cmd;
        };
    }

    private String mutate(String command) {
        StringBuilder s = new StringBuilder(command);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, nasty());
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.setLength(at);
                default -> s.replace(at, at + 1, nasty());
            }
        }
        return s.toString();
    }

    /** Replaces one space-separated token with a value of some other type. */
    private String wrongToken(String command) {
        String[] tokens = command.split(" ", -1);
        if (tokens.length == 1) return command + " " + pick(WRONG_TOKENS);
        tokens[1 + random.nextInt(tokens.length - 1)] = pick(WRONG_TOKENS);
        return String.join(" ", tokens);
    }

    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) s.append(nasty());
        return s.toString();
    }

    private String nasty() {
        int at = random.nextInt(NASTY.length());
        return Character.isSurrogate(NASTY.charAt(at)) ? "😀" : String.valueOf(NASTY.charAt(at));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
