package dev.simplexscript.protocol.syntax;

import dev.simplexscript.protocol.Json;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The string forms of the types written as {@code <str(name)>} (PROTOCOL.md §7.1):
 * {@code ChatRef} ({@code @2}, {@code #1(_support:3)}), {@code ChatDeleteMode}
 * ({@code full notify=off}) and {@code CreatedConnLink} ({@code <full>[ <short>]}).
 */
final class StringForms {
    private StringForms() {}

    static void encode(Param p, JsonNode v, StringBuilder out) {
        switch (p.type()) {
            case "ChatRef" -> chatRef(p, v, out);
            case "ChatDeleteMode" -> deleteMode(p, v, out);
            case "CreatedConnLink" -> connLink(p, v, out);
            default -> throw new IllegalStateException("no string form for " + p);
        }
    }

    static JsonNode parse(Param p, Cursor in) {
        return switch (p.type()) {
            case "ChatRef" -> parseChatRef(in);
            case "ChatDeleteMode" -> parseDeleteMode(in);
            case "CreatedConnLink" -> parseConnLink(in);
            default -> throw new IllegalStateException("no string form for " + p);
        };
    }

    private static void chatRef(Param p, JsonNode v, StringBuilder out) {
        requireObject(p, v, "{\"chatType\":\"direct\",\"chatId\":2}");
        String type = v.path("chatType").asString("");
        if (!type.equals("direct") && !type.equals("group") && !type.equals("local")) {
            throw bad(p, "chatType must be \"direct\", \"group\" or \"local\", got " + v.path("chatType"));
        }
        Values.integer(p, "chatId", v.get("chatId"));
        JsonNode scope = v.get("chatScope");
        if (scope != null && !scope.isNull()) {
            if (!type.equals("group")) throw bad(p, "chatScope can only be given for a group");
            if (!scope.path("type").asString("").equals("memberSupport")) {
                throw bad(p, "chatScope.type must be \"memberSupport\", got " + scope.path("type"));
            }
            JsonNode member = scope.get("groupMemberId_");
            if (member != null && !member.isNull()) Values.integer(p, "groupMemberId_", member);
        }
        out.append(ChatRefText.text(v));
    }

    private static JsonNode parseChatRef(Cursor in) {
        Matcher m = ChatRefText.TEXT.matcher(in.text).region(in.pos, in.text.length());
        if (!m.lookingAt()) {
            boolean prefixed = !in.atEnd() && "@#*".indexOf(in.text.charAt(in.pos)) >= 0;
            if (prefixed) in.pos++;
            in.fail(prefixed ? "a number" : "a chat reference (@id, #id or *id)");
            return null;
        }
        in.pos = m.end();
        return ChatRefText.json(m);
    }

    private static void deleteMode(Param p, JsonNode v, StringBuilder out) {
        requireObject(p, v, "{\"type\":\"full\",\"notify\":true}");
        String type = v.path("type").asString("");
        if (!type.equals("full") && !type.equals("entity") && !type.equals("messages")) {
            throw bad(p, "type must be \"full\", \"entity\" or \"messages\", got " + v.path("type"));
        }
        out.append(type);
        JsonNode notify = v.get("notify");
        if (notify != null && !notify.isNull() && !notify.isBoolean()) throw bad(p, "notify must be true or false");
        // A missing notify means the default, notifying the other side, as in the official SDKs.
        if (!type.equals("messages") && notify != null && notify.isBoolean() && !notify.booleanValue()) {
            out.append(" notify=off");
        }
    }

    private static JsonNode parseDeleteMode(Cursor in) {
        for (String type : new String[] {"full", "entity", "messages"}) {
            int start = in.pos;
            if (in.text.startsWith(type, in.pos)) {
                in.pos += type.length();
                ObjectNode mode = Json.object().put("type", type);
                if (type.equals("messages")) return mode;
                boolean notify = true;
                if (in.text.startsWith(" notify=off", in.pos)) {
                    in.pos += " notify=off".length();
                    notify = false;
                } else if (in.text.startsWith(" notify=on", in.pos)) {
                    in.pos += " notify=on".length();
                }
                return mode.put("notify", notify);
            }
            in.pos = start;
        }
        in.fail("full, entity or messages");
        return null;
    }

    private static void connLink(Param p, JsonNode v, StringBuilder out) {
        requireObject(p, v, "{\"connFullLink\":\"https://simplex.chat/contact#/?v=...\"}");
        out.append(Values.text(p, "connFullLink", v.get("connFullLink"), false));
        JsonNode shortLink = v.get("connShortLink");
        if (shortLink != null && !shortLink.isNull()) {
            out.append(' ').append(Values.text(p, "connShortLink", shortLink, false));
        }
    }

    private static JsonNode parseConnLink(Cursor in) {
        String full = in.word();
        if (full == null) return null;
        ObjectNode link = Json.object().put("connFullLink", full);
        if (in.text.startsWith(" ", in.pos) && in.pos + 1 < in.text.length()) {
            in.pos++;
            link.put("connShortLink", in.word());
        }
        return link;
    }

    private static void requireObject(Param p, JsonNode v, String example) {
        if (!v.isObject()) throw bad(p, "must be an object like " + example + ", got " + Values.excerpt(v));
    }

    static CommandException bad(Param p, String why) {
        boolean sentence = why.startsWith("must ") || why.startsWith("is ") || why.startsWith("would ");
        return new CommandException("parameter " + p.name() + (sentence ? " " : ": ") + why);
    }
}
