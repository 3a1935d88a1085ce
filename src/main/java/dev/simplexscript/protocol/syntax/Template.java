package dev.simplexscript.protocol.syntax;

import dev.simplexscript.protocol.syntax.Element.Choice;
import dev.simplexscript.protocol.syntax.Element.Flag;
import dev.simplexscript.protocol.syntax.Element.Form;
import dev.simplexscript.protocol.syntax.Element.Group;
import dev.simplexscript.protocol.syntax.Element.Literal;
import dev.simplexscript.protocol.syntax.Element.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a COMMANDS.md syntax line, such as
 * {@code /_send <str(sendRef)>[ live=on][ ttl=<ttl>] json <json(composedMessages)>}, into elements
 * bound to the command's declared parameters.
 *
 * <p>The template names most parameters; the rest are bound by position as the generated SDKs do:
 * an {@code on|off} choice or a {@code [ x=on]} flag takes the next bool parameter not yet used,
 * an {@code a|b|c} choice the next parameter of a non-primitive type.
 */
final class Template {
    private static final Pattern LIST = Pattern.compile("<(\\w+)\\[0]>\\[,<\\1\\[1]>\\.\\.\\.]");
    private static final Pattern PLACEHOLDER = Pattern.compile("<(?:(str|json)\\((\\w+)\\)|(\\w+))>");
    private static final Pattern CHOICE = Pattern.compile("[A-Za-z_]+(?:\\|[A-Za-z_]+)+");

    private final String source;
    private final Map<String, Param> params;
    private final Set<String> bound = new HashSet<>();

    private Template(String source, List<Param> params) {
        this.source = source;
        this.params = params.stream().collect(Collectors.toMap(Param::name, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static List<Element> parse(String source, List<Param> params) {
        Template t = new Template(source, params);
        List<Element> elements = t.sequence(0, source.length(), true);
        return elements;
    }

    private List<Element> sequence(int from, int to, boolean endsCommand) {
        List<Element> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < to) {
            Matcher list = LIST.matcher(source).region(i, to);
            Matcher placeholder = PLACEHOLDER.matcher(source).region(i, to);
            Matcher choice = CHOICE.matcher(source).region(i, to);
            char c = source.charAt(i);
            if (list.lookingAt()) {
                flush(text, out);
                out.add(new Value(param(list.group(1)), Form.LIST, false));
                i = list.end();
            } else if (placeholder.lookingAt()) {
                flush(text, out);
                Form form = placeholder.group(1) == null ? Form.PLAIN
                        : placeholder.group(1).equals("str") ? Form.STR : Form.JSON;
                String name = placeholder.group(1) == null ? placeholder.group(3) : placeholder.group(2);
                boolean last = endsCommand && placeholder.end() == to;
                out.add(new Value(param(name), form, last));
                i = placeholder.end();
            } else if (c == '[') {
                flush(text, out);
                int close = matching(i);
                out.add(group(i + 1, close, endsCommand && close == to - 1));
                i = close + 1;
            } else if (wordStart(i) && choice.lookingAt()) {
                flush(text, out);
                List<String> options = List.of(choice.group().split("\\|"));
                boolean onOff = options.equals(List.of("on", "off"));
                out.add(new Choice(onOff ? nextBool() : nextEnum(), options));
                i = choice.end();
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, out);
        return List.copyOf(out);
    }

    private Element group(int from, int to, boolean endsCommand) {
        String body = source.substring(from, to);
        if (body.endsWith("=on") && body.indexOf('<') < 0 && body.indexOf('|') < 0) {
            return new Flag(body.substring(0, body.length() - 2), nextBool());
        }
        return new Group(sequence(from, to, endsCommand));
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            if (source.charAt(i) == '[') depth++;
            if (source.charAt(i) == ']' && --depth == 0) return i;
        }
        throw new IllegalStateException("unbalanced '[' in template: " + source);
    }

    private boolean wordStart(int i) {
        return i == 0 || !Character.isLetterOrDigit(source.charAt(i - 1)) && source.charAt(i - 1) != '_';
    }

    private Param param(String name) {
        Param p = params.get(name);
        if (p == null) throw new IllegalStateException("template " + source + " names undeclared parameter " + name);
        bound.add(name);
        return p;
    }

    private Param nextBool() {
        return next(Param::isBool, "bool");
    }

    private Param nextEnum() {
        return next(p -> !p.isBool() && !p.isInteger() && !p.isText() && !p.isList(), "enum");
    }

    private Param next(java.util.function.Predicate<Param> kind, String what) {
        for (Param p : params.values()) {
            if (!bound.contains(p.name()) && kind.test(p)) {
                bound.add(p.name());
                return p;
            }
        }
        throw new IllegalStateException("template " + source + " has a choice but no " + what + " parameter left");
    }

    private static void flush(StringBuilder text, List<Element> out) {
        if (!text.isEmpty()) {
            out.add(new Literal(text.toString()));
            text.setLength(0);
        }
    }
}
