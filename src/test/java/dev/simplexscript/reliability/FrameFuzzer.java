package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.FakeCore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded source of hostile frames built from the spec's fixtures: truncated, mutated, random,
 * deeply nested, oversized, wrongly typed, unknown-tagged, wrongly enveloped, uncorrelated and
 * binary frames, with good events (numbered, so their order can be checked) mixed in. The same
 * seed gives the same frames, so a failure can be replayed.
 */
final class FrameFuzzer {
    private static final String NASTY = "{}[]\":,\\ \n\t\r0123456789-+.eE truefalsnul/#@_é€😀\u0000\u001f\u2028\ufeff";
    private static final FuzzFrame.Kind[] KINDS = FuzzFrame.Kind.values();

    private final SplittableRandom random;
    private final int maxFrameChars;
    private final List<ObjectNode> events = new ArrayList<>();
    private final List<ObjectNode> frames = new ArrayList<>();
    private long nextSeq;
    private long nextCorrId;

    FrameFuzzer(long seed, int maxFrameChars) {
        this.random = new SplittableRandom(seed);
        this.maxFrameChars = maxFrameChars;
        for (JsonNode fixture : SpecFixtures.frames("event-")) events.add((ObjectNode) fixture.get("resp"));
        for (JsonNode fixture : SpecFixtures.frames("")) {
            if (fixture.has("resp")) frames.add((ObjectNode) fixture.deepCopy());
        }
    }

    /** The next frame; one in four is a good event, the rest spread evenly over the bad kinds. */
    FuzzFrame next() {
        while (true) {
            FuzzFrame.Kind kind = random.nextInt(4) == 0 ? FuzzFrame.Kind.GOOD_EVENT : KINDS[1 + random.nextInt(KINDS.length - 1)];
            FuzzFrame frame = make(kind);
            // Only random edits can turn a fuzz corrId into a decimal one; the other kinds never carry one.
            if (kind != FuzzFrame.Kind.MUTATED || !frame.mayAnswerARealCommand()) return frame;
        }
    }

    private FuzzFrame make(FuzzFrame.Kind kind) {
        return switch (kind) {
            case GOOD_EVENT -> {
                long seq = nextSeq++;
                yield new FuzzFrame(kind, FakeCore.event(numbered(seq)), null, seq);
            }
            case WRAPPED_EVENT -> {
                long seq = nextSeq++;
                ObjectNode wrapper = Json.object();
                wrapper.set("Right", numbered(seq));
                yield new FuzzFrame(kind, FakeCore.event(wrapper), null, seq);
            }
            case TRUNCATED -> {
                String whole = anyFrame();
                yield text(kind, whole.substring(0, 1 + random.nextInt(whole.length() - 1)));
            }
            case MUTATED -> text(kind, mutate(anyFrame()));
            case RANDOM_TEXT -> text(kind, randomText(random.nextInt(200)));
            case DEEP_NESTING -> text(kind, deepNesting());
            case OVERSIZED -> {
                ObjectNode resp = pick(events).deepCopy();
                resp.put("padding", "x".repeat(maxFrameChars + random.nextInt(1_000)));
                yield text(kind, FakeCore.event(resp));
            }
            case WRONG_TYPE -> text(kind, FakeCore.event(retyped(pick(events).deepCopy())));
            case UNKNOWN_TAG -> text(kind, FakeCore.event(retagged(pick(events).deepCopy())));
            case WRONG_ENVELOPE -> text(kind, wrongEnvelope());
            case UNKNOWN_CORRID -> text(kind, FakeCore.response("fuzz-" + nextCorrId++, pick(frames).get("resp")));
            case BINARY -> new FuzzFrame(kind, null, random.nextBoolean()
                    ? FakeCore.event(numberedCopyOfAnyEvent()).getBytes(StandardCharsets.UTF_8) : randomBytes(), -1);
        };
    }

    private FuzzFrame text(FuzzFrame.Kind kind, String text) {
        return new FuzzFrame(kind, text, null, -1);
    }

    private ObjectNode numbered(long seq) {
        ObjectNode resp = pick(events).deepCopy();
        resp.put("seq", seq);
        return resp;
    }

    /** A binary copy of a good-looking event: the client must drop it even though its bytes are valid JSON. */
    private ObjectNode numberedCopyOfAnyEvent() {
        return pick(events).deepCopy().put("seq", -1);
    }

    /** A fixture frame with any corrId renamed so that no mutation of it can look like a real one. */
    private String anyFrame() {
        ObjectNode frame = pick(frames).deepCopy();
        if (frame.has("corrId")) frame.put("corrId", "fuzz-" + nextCorrId++);
        return Json.write(frame);
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, nasty());
                case 1 -> s.deleteCharAt(at);
                default -> s.replace(at, at + 1, nasty());
            }
        }
        return s.toString();
    }

    private String randomText(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) s.append(random.nextInt(5) == 0 ? (char) (0x20 + random.nextInt(0x5e)) : nasty().charAt(0));
        return s.toString();
    }

    /** One character of the alphabet, or the surrogate pair of an emoji whole (lone surrogates are not UTF-8). */
    private String nasty() {
        int at = random.nextInt(NASTY.length());
        return Character.isSurrogate(NASTY.charAt(at)) ? "😀" : String.valueOf(NASTY.charAt(at));
    }

    private String deepNesting() {
        int depth = 500 + random.nextInt(5_000);
        String open = random.nextBoolean() ? "[" : "{\"resp\":";
        String close = open.equals("[") ? "]" : "}";
        String inner = random.nextBoolean() ? "{\"type\":\"x\"}" : "";
        return "{\"resp\":" + open.repeat(depth) + inner + (random.nextBoolean() ? close.repeat(depth) : "") + "}";
    }

    /** Replaces one value somewhere inside the event (never the event object itself) by one of another JSON type. */
    private ObjectNode retyped(ObjectNode resp) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(resp, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = switch (random.nextInt(6)) {
            case 0 -> Json.MAPPER.getNodeFactory().numberNode(random.nextLong());
            case 1 -> Json.MAPPER.getNodeFactory().stringNode(randomText(8));
            case 2 -> Json.MAPPER.getNodeFactory().booleanNode(random.nextBoolean());
            case 3 -> Json.MAPPER.getNodeFactory().nullNode();
            case 4 -> Json.MAPPER.getNodeFactory().arrayNode().add(1).add("two");
            default -> Json.object().put("type", "unexpected");
        };
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            object.set(names.get(random.nextInt(names.size())), replacement);
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), replacement);
        }
        return resp;
    }

    /** Gives one union tag somewhere in the event (maybe the event's own) a name no version has. */
    private ObjectNode retagged(ObjectNode resp) {
        List<JsonNode> tagged = new ArrayList<>();
        collectContainers(resp, tagged);
        tagged.removeIf(node -> !node.path("type").isString());
        ((ObjectNode) tagged.get(random.nextInt(tagged.size()))).put("type", "fuzz" + Integer.toHexString(random.nextInt()));
        return resp;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (!node.isContainer()) return;
        into.add(node);
        for (JsonNode child : node) collectContainers(child, into);
    }

    private String wrongEnvelope() {
        String resp = Json.write(pick(events));
        return switch (random.nextInt(9)) {
            case 0 -> "[" + resp + "]";
            case 1 -> "{\"corrId\":" + random.nextInt() + ",\"resp\":" + resp + "}";
            case 2 -> "{\"corrId\":{\"id\":\"1\"},\"resp\":" + resp + "}";
            case 3 -> "{\"resp\":\"" + pick(events).path("type").asString("") + "\"}";
            case 4 -> "{\"resp\":null}";
            case 5 -> "{\"result\":" + resp + "}";
            case 6 -> "{\"resp\":[" + resp + "]}";
            case 7 -> String.valueOf(random.nextLong());
            default -> "\"" + randomText(20).replace("\\", "").replace("\"", "") + "\"";
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(512)];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
