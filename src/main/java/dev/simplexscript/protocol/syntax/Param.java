package dev.simplexscript.protocol.syntax;

/**
 * A command parameter as COMMANDS.md declares it, e.g. {@code ttl: int?} or
 * {@code composedMessages: [ComposedMessage]}.
 */
public record Param(String name, String type, boolean optional) {

    /** Parses one declaration line body: {@code name: Type} with an optional trailing {@code ?}. */
    public static Param parse(String declaration) {
        int colon = declaration.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("not a parameter declaration: " + declaration);
        String name = declaration.substring(0, colon).trim();
        String type = declaration.substring(colon + 1).trim();
        boolean optional = type.endsWith("?");
        return new Param(name, optional ? type.substring(0, type.length() - 1) : type, optional);
    }

    boolean isBool() {
        return type.equals("bool");
    }

    boolean isInteger() {
        return type.equals("int") || type.equals("int64");
    }

    boolean isText() {
        return type.equals("string");
    }

    boolean isList() {
        return type.startsWith("[");
    }

    /** Links are opaque single tokens (PROTOCOL.md §7.1): no whitespace at all. */
    boolean isLink() {
        return name.toLowerCase(java.util.Locale.ROOT).contains("link");
    }

    @Override
    public String toString() {
        return name + ": " + type + (optional ? "?" : "");
    }
}
