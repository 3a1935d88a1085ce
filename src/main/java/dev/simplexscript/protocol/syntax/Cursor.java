package dev.simplexscript.protocol.syntax;

import dev.simplexscript.protocol.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/** A position in a command string being parsed; parse failures return null and leave a reason. */
final class Cursor {
    final String text;
    int pos;
    private int furthest;
    private String expected = "end of command";

    Cursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    boolean literal(String s) {
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return fail("'" + s + "'");
    }

    /** Characters up to the next space (or the end); never empty. */
    String word() {
        int end = text.indexOf(' ', pos);
        if (end < 0) end = text.length();
        if (end == pos) {
            fail("a value");
            return null;
        }
        String w = text.substring(pos, end);
        pos = end;
        return w;
    }

    /** The rest of the command (the core has already dropped trailing whitespace). */
    String rest() {
        if (atEnd()) {
            fail("a value");
            return null;
        }
        String r = text.substring(pos);
        pos = text.length();
        return r;
    }

    Long number() {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') pos++;
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        if (pos == digits || pos - digits > 18) {
            pos = start;
            fail("a number");
            return null;
        }
        return Long.parseLong(text.substring(start, pos));
    }

    /** One JSON value starting here; the cursor moves just past it. */
    JsonNode json() {
        String rest = text.substring(pos);
        try (JsonParser parser = Json.MAPPER.createParser(rest)) {
            JsonNode node = Json.MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                fail("JSON");
                return null;
            }
            pos += (int) parser.currentLocation().getCharOffset();
            return node;
        } catch (RuntimeException e) {
            fail("valid JSON (" + firstLine(e.getMessage()) + ")");
            return null;
        }
    }

    /** Records what was expected at the current position, keeping the furthest failure. */
    boolean fail(String what) {
        if (pos >= furthest) {
            furthest = pos;
            expected = what;
        }
        return false;
    }

    String failure() {
        return "expected " + expected + " at column " + (furthest + 1);
    }

    int furthest() {
        return furthest;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
