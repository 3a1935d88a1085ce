package dev.simplexscript.api.values;

import dev.simplexscript.protocol.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Script arguments to command parameters. Every method names the argument ({@code what}, e.g.
 * {@code "send: chat"}) in its error, says what it accepts and shows what it got.
 */
public final class Args {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Args() {}

    /**
     * An id of the given kind: a whole number, a string of digits ({@code "@2"} for a contact and
     * {@code "#1"} for a group also work), an object the API returned, or a raw JSON map holding it.
     */
    public static long id(String what, Object value, Ref.Kind kind) {
        Long id = switch (value) {
            case null -> null;
            case Ref ref -> ref.refId(kind);
            case Number n -> whole(n);
            case CharSequence s -> idText(s.toString().strip(), kind);
            case Map<?, ?> map -> idInMap(map, kind);
            default -> null;
        };
        if (id == null) {
            throw new ApiArgumentException(what + " must be a " + kind.label + " id or a " + kind.label
                    + " object the API returned, got " + describe(value));
        }
        return id;
    }

    /** One id or a non-empty list of them. */
    public static List<Long> ids(String what, Object value, Ref.Kind kind) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) throw new ApiArgumentException(what + " must not be an empty list");
            List<Long> ids = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) ids.add(id(what + "[" + i + "]", list.get(i), kind));
            return ids;
        }
        return List.of(id(what, value, kind));
    }

    public static ArrayNode idArray(List<Long> ids) {
        ArrayNode array = NODES.arrayNode();
        ids.forEach(array::add);
        return array;
    }

    /**
     * A chat to send to or act on: a Contact, Group, Message (its chat) or GroupInvite, a chat
     * reference string ({@code @2}, {@code #1}, {@code #1(_support:3)}), a ChatRef map
     * ({@code {chatType, chatId}}), a ChatInfo map, or a raw contact or group map.
     */
    public static ObjectNode chat(String what, Object value) {
        ObjectNode ref = switch (value) {
            case Ref r -> r.refChat();
            case CharSequence s -> ChatRefs.parse(s.toString());
            case Map<?, ?> map -> chatInMap(map);
            default -> null;
        };
        if (ref != null) return ref;
        String hint = switch (value) {
            case Number n -> " (a bare number is ambiguous: write '@" + n + "' for a contact or '#" + n + "' for a group)";
            case Ref r when r.refId(Ref.Kind.MEMBER) != null -> " (a member is not a chat: send to the group, or to the member's contact)";
            case null, default -> "";
        };
        throw new ApiArgumentException(what + " must be a contact, a group, a message or a chat reference like '@2', '#1' or '#1(_support:3)', got "
                + describe(value) + hint);
    }

    /** Text: a string (Groovy GStrings included). */
    public static String text(String what, Object value) {
        if (value instanceof CharSequence s) return s.toString();
        throw new ApiArgumentException(what + " must be a string, got " + describe(value));
    }

    /** A JSON object given as a map. */
    public static ObjectNode object(String what, Object value) {
        if (value instanceof Map<?, ?>) return (ObjectNode) json(what, value);
        throw new ApiArgumentException(what + " must be an object (a map), got " + describe(value));
    }

    /** true or false; {@code fallback} when the script left it out (null). */
    public static boolean bool(String what, Object value, boolean fallback) {
        if (value == null) return fallback;
        if (value instanceof Boolean b) return b;
        throw new ApiArgumentException(what + " must be true or false, got " + describe(value));
    }

    /** A whole number, or null when left out. */
    public static Long integer(String what, Object value) {
        if (value == null) return null;
        Long n = value instanceof Number num ? whole(num) : null;
        if (n == null) throw new ApiArgumentException(what + " must be a whole number, got " + describe(value));
        return n;
    }

    /** An options map (null means none), refusing keys the call does not know, so a typo is not silently ignored. */
    public static Map<String, Object> options(String what, Object value, String... known) {
        if (value == null) return Map.of();
        if (!(value instanceof Map<?, ?> map)) {
            throw new ApiArgumentException(what + " must be an options object like {" + String.join(", ", known) + "}, got " + describe(value));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!List.of(known).contains(key)) {
                throw new ApiArgumentException(what + ": unknown option '" + key + "' (known: " + String.join(", ", known) + ")");
            }
            options.put(key, e.getValue());
        }
        return options;
    }

    /** A script value as JSON. API objects are refused: JSON takes their ids, not the objects. */
    public static JsonNode json(String what, Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case CharSequence s -> NODES.stringNode(s.toString());
            case Boolean b -> NODES.booleanNode(b);
            case Number n -> number(n);
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    object.set(String.valueOf(e.getKey()), json(what + "." + e.getKey(), e.getValue()));
                }
                yield object;
            }
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < list.size(); i++) array.add(json(what + "[" + i + "]", list.get(i)));
                yield array;
            }
            case Ref ref -> throw new ApiArgumentException(what + " cannot hold " + describe(ref) + " inside JSON data; use its id");
            default -> throw new ApiArgumentException(what + " cannot be sent as JSON: " + describe(value));
        };
    }

    /** A short description of a script value for error messages. */
    public static String describe(Object value) {
        return switch (value) {
            case null -> "nothing (null)";
            case CharSequence s -> "the string \"" + abbreviate(s.toString()) + "\"";
            case Number n -> "the number " + n;
            case Boolean b -> b.toString();
            case Map<?, ?> m -> "a map with keys " + m.keySet();
            case List<?> l -> "a list of " + l.size();
            case Ref r -> "a " + r.getClass().getSimpleName() + " (" + abbreviate(r.toString()) + ")";
            default -> "a " + value.getClass().getSimpleName();
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** JavaScript numbers may arrive as doubles: 3.0 is the whole number 3, 3.5 is not one. */
    private static Long whole(Number n) {
        return switch (n) {
            case Integer i -> (long) i;
            case Long l -> l;
            case Short s -> (long) s;
            case Byte b -> (long) b;
            case BigInteger big -> big.bitLength() < 64 ? big.longValue() : null;
            case BigDecimal dec -> {
                try {
                    yield dec.longValueExact();
                } catch (ArithmeticException e) {
                    yield null;
                }
            }
            default -> {
                double d = n.doubleValue();
                yield d == Math.rint(d) && Math.abs(d) < 0x1p53 ? (long) d : null;
            }
        };
    }

    private static JsonNode number(Number n) {
        Long whole = whole(n);
        if (whole != null) return NODES.numberNode(whole);
        if (n instanceof BigDecimal dec) return NODES.numberNode(dec);
        return NODES.numberNode(n.doubleValue());
    }

    private static Long idText(String s, Ref.Kind kind) {
        if ((kind == Ref.Kind.CONTACT && s.startsWith("@")) || (kind == Ref.Kind.GROUP && s.startsWith("#"))) s = s.substring(1);
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
        return Long.parseLong(s);
    }

    private static Long idInMap(Map<?, ?> map, Ref.Kind kind) {
        Object id = map.get(kind.jsonKey);
        if (id == null && kind == Ref.Kind.ITEM && map.get("meta") instanceof Map<?, ?> meta) id = meta.get("itemId");
        if (id == null && kind == Ref.Kind.ITEM && map.get("chatItem") instanceof Map<?, ?> item) return idInMap(item, kind);
        if (id == null && kind == Ref.Kind.GROUP && map.get("groupInfo") instanceof Map<?, ?> info) id = info.get("groupId");
        return id instanceof Number n ? whole(n) : null;
    }

    private static ObjectNode chatInMap(Map<?, ?> map) {
        JsonNode json = json("chat", map);
        if (json.has("chatType") && json.has("chatId")) return (ObjectNode) json;
        if (json.has("type") && (json.has("contact") || json.has("groupInfo"))) return ChatRefs.fromChatInfo(json);
        if (json.path("contactId").isIntegralNumber()) return ChatRefs.direct(json.path("contactId").longValue());
        if (json.path("groupId").isIntegralNumber() && !json.has("groupMemberId")) return ChatRefs.group(json.path("groupId").longValue());
        return null;
    }

    /** Shorthand for a parameter object. */
    public static ObjectNode params() {
        return Json.object();
    }
}
