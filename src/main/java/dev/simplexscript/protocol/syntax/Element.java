package dev.simplexscript.protocol.syntax;

import java.util.List;

/** One piece of a command template (PROTOCOL.md §4.0). */
sealed interface Element {

    /** Text emitted and expected as is. */
    record Literal(String text) implements Element {}

    /**
     * A parameter value: {@code <name>} (number or raw text), {@code <str(name)>} (the type's own
     * string form), {@code <json(name)>}, or {@code <name[0]>[,<name[1]>...]} (a comma list).
     * {@code last} marks raw text that ends the command and so may take the rest of the line.
     */
    record Value(Param param, Form form, boolean last) implements Element {}

    /** {@code on|off} for a bool, or {@code a|b|c} for an enum. */
    record Choice(Param param, List<String> options) implements Element {}

    /** {@code [ name=on]}: emitted only when the bool is true. */
    record Flag(String prefix, Param param) implements Element {}

    /** {@code [ ...]}: emitted only when every parameter inside it is present. */
    record Group(List<Element> body) implements Element {}

    enum Form { PLAIN, STR, JSON, LIST }
}
