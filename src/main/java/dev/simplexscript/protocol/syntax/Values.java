package dev.simplexscript.protocol.syntax;

import tools.jackson.databind.JsonNode;

/** Checks on parameter values, so that a bad value is refused before anything is sent. */
final class Values {
    private Values() {}

    static long integer(Param p, String field, JsonNode v) {
        if (v == null || v.isNull()) throw StringForms.bad(p, field + " is required");
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw StringForms.bad(p, (field.equals(p.name()) ? "" : field + " ") + "must be an integer, got " + excerpt(v));
        }
        return v.longValue();
    }

    /**
     * Raw text is sent verbatim, unquoted (PROTOCOL.md §4.0), so any character that would end the
     * command or move the next parameter is refused: control characters (a newline starts a new
     * line for the core's parser, and trailing whitespace is stripped by the core), and spaces
     * anywhere but in text that ends the command. Links take no whitespace at all.
     */
    static String text(Param p, String field, JsonNode v, boolean last) {
        if (v == null || v.isNull()) throw StringForms.bad(p, field + " is required");
        if (!v.isString()) throw StringForms.bad(p, "must be a string, got " + excerpt(v));
        String s = v.stringValue();
        String name = field.equals(p.name()) ? "" : field + " ";
        if (s.isEmpty()) throw StringForms.bad(p, name + "must not be empty");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                throw StringForms.bad(p, name + "contains a control character (U+%04X) at index %d, which would change the command"
                        .formatted((int) c, i));
            }
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            throw StringForms.bad(p, name + "must not start or end with whitespace");
        }
        boolean spaced = s.chars().anyMatch(Character::isWhitespace);
        if (spaced && (!last || p.isLink())) {
            throw StringForms.bad(p, name + "must not contain spaces"
                    + (p.isLink() ? " (a link is a single token)" : ", which would split the command"));
        }
        return s;
    }

    static String excerpt(JsonNode v) {
        String s = v == null ? "nothing" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
