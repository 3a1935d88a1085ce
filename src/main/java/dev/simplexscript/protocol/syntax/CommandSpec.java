package dev.simplexscript.protocol.syntax;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.Element.Choice;
import dev.simplexscript.protocol.syntax.Element.Flag;
import dev.simplexscript.protocol.syntax.Element.Group;
import dev.simplexscript.protocol.syntax.Element.Literal;
import dev.simplexscript.protocol.syntax.Element.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One bot API command: its COMMANDS.md name, parameters and syntax template. The same template
 * encodes parameters into the command string (client) and parses a string back (simulated core),
 * so the two can never disagree. Parameters travel as a JSON object keyed by the COMMANDS.md
 * parameter names, with record types in their PROTOCOL.md §7 JSON shapes.
 */
public final class CommandSpec {
    private final String name;
    private final String template;
    private final List<Param> params;
    private final List<Element> elements;
    private final String prefix;
    private final boolean hasRawText;
    /** Turns what this form parsed into the documented command's parameters (identity for documented forms). */
    private final java.util.function.UnaryOperator<ObjectNode> toDocumented;

    /**
     * @param template the syntax line exactly as COMMANDS.md gives it
     * @param declarations the parameter lines, e.g. {@code "userId: int64", "ttl: int?"}
     */
    public CommandSpec(String name, String template, String... declarations) {
        this(name, template, java.util.function.UnaryOperator.identity(), declarations);
    }

    private CommandSpec(String name, String template, java.util.function.UnaryOperator<ObjectNode> toDocumented, String... declarations) {
        this.name = name;
        this.template = template;
        this.params = Arrays.stream(declarations).map(Param::parse).toList();
        this.elements = Template.parse(template, params);
        this.prefix = elements.getFirst() instanceof Literal l ? l.text() : "";
        this.hasRawText = params.stream().anyMatch(p -> p.isText() || p.type().equals("CreatedConnLink"));
        this.toDocumented = toDocumented;
    }

    /**
     * A form of command {@code name} that is not documented but that shipped cores parse, e.g.
     * {@code /_send @2 text hi}: parsing it gives {@code toDocumented} of what it read.
     */
    public static CommandSpec shipped(String name, String template, java.util.function.UnaryOperator<ObjectNode> toDocumented,
            String... declarations) {
        return new CommandSpec(name, template, toDocumented, declarations);
    }

    public String name() {
        return name;
    }

    public String template() {
        return template;
    }

    public List<Param> params() {
        return params;
    }

    /** The literal text every command string of this kind starts with, e.g. {@code "/_send "}. */
    public String prefix() {
        return prefix;
    }

    /**
     * The exact command string for these parameters.
     *
     * @throws CommandException when a parameter is missing, of the wrong type, or would change the
     *     meaning of the command (a newline in a file path, a space in a link, ...)
     */
    public String encode(JsonNode params) {
        if (params == null || params.isNull()) params = Json.object();
        if (!params.isObject()) throw new CommandException(name + ": parameters must be a JSON object");
        StringBuilder out = new StringBuilder(64);
        try {
            encode(elements, params, out);
        } catch (CommandException e) {
            throw new CommandException(name + ": " + e.getMessage());
        }
        String command = out.toString();
        if (hasRawText) checkRoundTrip(params, command);
        return command;
    }

    /**
     * Parses a command string of this kind (after the core's trailing-whitespace strip).
     *
     * @return the parameters, or null when the string is not this command; {@code failure} then
     *     holds why, when the string went past this command's prefix
     */
    ObjectNode parse(Cursor in) {
        ObjectNode out = Json.object();
        if (!parse(elements, in, out)) return null;
        if (!in.atEnd()) {
            in.fail("end of command");
            return null;
        }
        return out;
    }

    /** Parses one command string; throws {@link CommandException} saying where it went wrong. */
    public ObjectNode parse(String command) {
        Cursor in = new Cursor(command.stripTrailing());
        ObjectNode params = parse(in);
        if (params == null) throw new CommandException(name + ": " + in.failure());
        return toDocumented.apply(params);
    }

    private static void encode(List<Element> elements, JsonNode params, StringBuilder out) {
        for (Element e : elements) {
            switch (e) {
                case Literal l -> out.append(l.text());
                case Value v -> value(v, params.get(v.param().name()), out);
                case Choice c -> choice(c, params.get(c.param().name()), out);
                case Flag f -> {
                    if (bool(f.param(), params.get(f.param().name()), false)) out.append(f.prefix()).append("on");
                }
                case Group g -> {
                    if (present(g, params)) encode(g.body(), params, out);
                }
            }
        }
    }

    private static boolean present(Group g, JsonNode params) {
        for (Element e : g.body()) {
            Param p = switch (e) {
                case Value v -> v.param();
                case Choice c -> c.param();
                case Flag f -> f.param();
                default -> null;
            };
            if (p != null && isAbsent(params.get(p.name()))) return false;
        }
        return true;
    }

    private static boolean isAbsent(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    private static void value(Value v, JsonNode value, StringBuilder out) {
        Param p = v.param();
        if (isAbsent(value)) throw StringForms.bad(p, "is required");
        switch (v.form()) {
            case PLAIN -> {
                if (p.isInteger()) out.append(Values.integer(p, p.name(), value));
                else out.append(Values.text(p, p.name(), value, v.last()));
            }
            case STR -> StringForms.encode(p, value, out);
            case JSON -> out.append(Json.write(jsonShape(p, value)));
            case LIST -> {
                if (!value.isArray() || value.isEmpty()) {
                    throw StringForms.bad(p, "must be a non-empty list of ids, got " + Values.excerpt(value));
                }
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) out.append(',');
                    out.append(Values.integer(p, p.name() + "[" + i + "]", value.get(i)));
                }
            }
        }
    }

    private static JsonNode jsonShape(Param p, JsonNode value) {
        if (p.isList()) {
            if (!value.isArray()) throw StringForms.bad(p, "must be a JSON array, got " + Values.excerpt(value));
            if (value.isEmpty()) throw StringForms.bad(p, "must not be an empty list");
            for (JsonNode item : value) {
                if (!item.isObject()) throw StringForms.bad(p, "every element must be an object, got " + Values.excerpt(item));
                if (p.type().equals("[ComposedMessage]")) checkMessageSize(p, item);
            }
        } else if (p.type().equals("UpdatedMessage") && value.isObject()) {
            checkMessageSize(p, value);
        } else if (p.isText()) {
            if (!value.isString()) throw StringForms.bad(p, "must be a string, got " + Values.excerpt(value));
        } else if (!value.isObject()) {
            throw StringForms.bad(p, "must be a JSON object (" + p.type() + "), got " + Values.excerpt(value));
        }
        return value;
    }

    /**
     * The core refuses a message whose chat-protocol encoding exceeds {@value #MAX_MESSAGE_BYTES}
     * bytes ({@code maxEncodedMsgLength}, PROTOCOL.md §2.8). Its own encoding adds an envelope to
     * the JSON we send, so this check is a floor: it catches every message the core is sure to
     * refuse, with its size, before it is sent.
     */
    private static void checkMessageSize(Param p, JsonNode message) {
        int size = Json.write(message).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (size > MAX_MESSAGE_BYTES) {
            throw StringForms.bad(p, "message is %,d bytes of JSON, over the core's limit of %,d bytes; split the text or send it as a file"
                    .formatted(size, MAX_MESSAGE_BYTES));
        }
    }

    /** {@code maxEncodedMsgLength} of the core's Protocol.hs. */
    public static final int MAX_MESSAGE_BYTES = 15_602;

    private static void choice(Choice c, JsonNode value, StringBuilder out) {
        Param p = c.param();
        if (p.isBool()) {
            out.append(bool(p, value, true) ? "on" : "off");
            return;
        }
        if (isAbsent(value)) throw StringForms.bad(p, "is required (one of " + String.join(", ", c.options()) + ")");
        String s = value.isString() ? value.stringValue() : null;
        if (s == null || !c.options().contains(s)) {
            throw StringForms.bad(p, "must be one of " + String.join(", ", c.options()) + ", got " + Values.excerpt(value));
        }
        out.append(s);
    }

    private static boolean bool(Param p, JsonNode value, boolean required) {
        if (isAbsent(value)) {
            if (required) throw StringForms.bad(p, "is required (true or false)");
            return false;
        }
        if (!value.isBoolean()) throw StringForms.bad(p, "must be true or false, got " + Values.excerpt(value));
        return value.booleanValue();
    }

    private static boolean parse(List<Element> elements, Cursor in, ObjectNode out) {
        for (Element e : elements) {
            boolean ok = switch (e) {
                case Literal l -> in.literal(l.text());
                case Value v -> parseValue(v, in, out);
                case Choice c -> parseChoice(c, in, out);
                case Flag f -> {
                    int start = in.pos;
                    if (in.literal(f.prefix()) && (in.literal("on") || in.literal("off"))) {
                        out.put(f.param().name(), in.text.startsWith("on", in.pos - 2));
                    } else {
                        in.pos = start;
                        out.put(f.param().name(), false);
                    }
                    yield true;
                }
                case Group g -> {
                    int start = in.pos;
                    ObjectNode inner = Json.object();
                    if (parse(g.body(), in, inner)) {
                        out.setAll(inner);
                    } else {
                        in.pos = start;
                    }
                    yield true;
                }
            };
            if (!ok) return false;
        }
        return true;
    }

    private static boolean parseValue(Value v, Cursor in, ObjectNode out) {
        Param p = v.param();
        JsonNode value = switch (v.form()) {
            case PLAIN -> {
                if (p.isInteger()) {
                    Long n = in.number();
                    yield n == null ? null : Json.tree(n);
                }
                String s = v.last() ? in.rest() : in.word();
                yield s == null ? null : Json.tree(s);
            }
            case STR -> StringForms.parse(p, in);
            case JSON -> {
                int start = in.pos;
                JsonNode json = in.json();
                if (json != null && !shapeMatches(p, json)) {
                    in.pos = start;
                    in.fail(p.isList() ? "a non-empty JSON array" : p.isText() ? "a JSON string" : "a JSON object");
                    yield null;
                }
                yield json;
            }
            case LIST -> {
                ArrayNode ids = Json.MAPPER.createArrayNode();
                do {
                    Long n = in.number();
                    if (n == null) yield null;
                    ids.add(n);
                } while (in.text.startsWith(",", in.pos) && in.pos++ >= 0);
                yield ids;
            }
        };
        if (value == null) return false;
        out.set(p.name(), value);
        return true;
    }

    private static boolean shapeMatches(Param p, JsonNode json) {
        if (p.isList()) return json.isArray() && !json.isEmpty();
        if (p.isText()) return json.isString();
        return json.isObject();
    }

    private static boolean parseChoice(Choice c, Cursor in, ObjectNode out) {
        // Longest option first, so "internalMark" is not read as "internal".
        List<String> options = new ArrayList<>(c.options());
        options.sort((a, b) -> b.length() - a.length());
        for (String option : options) {
            if (in.text.startsWith(option, in.pos)) {
                in.pos += option.length();
                if (c.param().isBool()) out.put(c.param().name(), option.equals("on"));
                else out.put(c.param().name(), option);
                return true;
            }
        }
        return in.fail(String.join("|", c.options()));
    }

    /**
     * The general guard against injection: raw text is checked character by character above, and
     * then the command must parse back to the same text values, so no value can move, add or
     * swallow a parameter.
     */
    private void checkRoundTrip(JsonNode params, String command) {
        ObjectNode back;
        try {
            back = parse(command);
        } catch (CommandException e) {
            throw new CommandException(name + ": the parameters would produce a command the core reads differently ("
                    + e.getMessage() + ")");
        }
        for (Param p : this.params) {
            JsonNode given = params.get(p.name());
            if (isAbsent(given) || !(p.isText() || p.type().equals("CreatedConnLink"))) continue;
            if (!given.equals(back.get(p.name()))) {
                throw new CommandException(name + ": parameter " + p.name() + " would be read back by the core as "
                        + Values.excerpt(back.get(p.name())) + " instead of " + Values.excerpt(given));
            }
        }
    }

    @Override
    public String toString() {
        return name + " " + template;
    }
}
