package dev.simplexscript.console;

import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.BotGroups;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.Seen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The one command language for playing the bot's contacts by hand, shared by the console of a bot
 * on the embedded simulator ({@code simplex-script bot.js}) and by {@code simplex-script sim},
 * whatever language the bot there is written in. A plain line is a message from the current
 * person; console commands start with a slash, and any other slash line is a bot command sent as a
 * message ({@code //} sends one that clashes with a console command).
 */
public final class PeopleConsole {
    static final String HELP = """
            You play the bot's contacts (alice unless you switch). A plain line is a message from the current person.
              <text>                       send <text> where the current person talks: to the bot, or in a group
              /<command> [<args>]          a bot command the console does not know goes to the bot as a message
              //<text>                     send /<text> as a message (e.g. //help gives the bot its /help)
              /as <name> [<line>]          run <line> as <name>; without <line>, become <name>
              /people                      who is here, and where each one talks
              /connect [<link>]            connect by the bot's address (a first message does it too), or by a link the bot made
              /join <#group | link>        join one of the bot's groups by name (through its group link), or by a link
              /accept <groupId>            accept the bot's invitation to a group, and talk there
              /in <#group | bot>           talk in a group you are in, or to the bot directly
              /reply <itemId> <text>       reply to (quote) a message
              /edit <itemId> <text>        edit your message
              /delete <itemId>             delete your message for everyone
              /react [<itemId>] <emoji>    react to a message, the bot's last one by default (👍 👎 😀 😂 😢 ❤ 🚀 ✅)
              /unreact [<itemId>] <emoji>  take a reaction back
              /file <path> [<text>]        send a file, with <text> as its caption
              /invite-bot <group> [<role>] create a group, invite the bot (as member unless told), and talk there
              /leave                       leave the group you talk in
              /invitation | /address       print a one-time invitation or an address of yours, for the bot's link.connect
              /help                        this help
              /quit                        stop (Ctrl-D too)""";

    private final SimulatedCore sim;
    private final Consumer<String> out;
    private final boolean showIds;
    private final Map<String, Speaker> people = new LinkedHashMap<>();
    private String current;

    /** A person and where they talk: to the bot directly ({@code groupId} 0) or in a group. */
    private static final class Speaker {
        final VirtualPerson person;
        long groupId;
        String groupName;
        long lastBotItem;

        Speaker(VirtualPerson person) {
            this.person = person;
        }

        String where() {
            return groupId == 0 ? "" : " in " + groupName;
        }
    }

    /**
     * @param firstPerson who talks until {@code /as} switches
     * @param showIds     item ids on messages both ways, for {@code /reply}, {@code /edit} and
     *                    {@code /react}: the simulator's console shows them, a bot's console keeps quiet
     * @param out         receives every line the console prints
     */
    public PeopleConsole(SimulatedCore sim, String firstPerson, boolean showIds, Consumer<String> out) {
        this.sim = sim;
        this.current = firstPerson;
        this.showIds = showIds;
        this.out = out;
    }

    /** The prompt: who talks, and where. */
    public synchronized String prompt() {
        Speaker s = people.get(current);
        return current + (s == null ? "" : s.where()) + "> ";
    }

    /** Runs one line; false for {@code /quit}. A failure is printed as {@code error: <cause>}. */
    public synchronized boolean execute(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) return true;
        if (trimmed.equals("/quit") || trimmed.equals("/exit")) return false;
        try {
            run(trimmed);
        } catch (RuntimeException e) {
            out.accept("error: " + e.getMessage());
        }
        return true;
    }

    private void run(String line) {
        if (line.startsWith("//")) {
            say(line.substring(1));
            return;
        }
        if (!line.startsWith("/")) {
            say(line);
            return;
        }
        String[] words = line.split(" ", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case "/help" -> out.accept(HELP);
            case "/as" -> as(rest);
            case "/people" -> out.accept(people.isEmpty() ? "nobody yet" : people.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue().groupId == 0 ? "" : " (in " + e.getValue().groupName + ")"))
                    .collect(Collectors.joining(", ")));
            case "/connect" -> connect(rest);
            case "/join" -> join(rest);
            case "/accept" -> accept(rest);
            case "/in" -> in(rest);
            case "/reply" -> sent(speaker().person.reply(id(rest), text(rest)));
            case "/edit" -> speaker().person.edit(id(rest), text(rest));
            case "/delete" -> speaker().person.delete(id(rest));
            case "/react" -> react(rest, true);
            case "/unreact" -> react(rest, false);
            case "/file" -> file(rest);
            case "/invite-bot" -> inviteBot(rest);
            case "/leave" -> leave();
            case "/invitation" -> out.accept(speaker().person.invitationLink());
            case "/address" -> out.accept(speaker().person.addressLink());
            // Anything else is a bot command: it goes to the bot as a message.
            default -> say(line);
        }
    }

    private void as(String rest) {
        String[] parts = rest.split(" ", 2);
        if (parts[0].isEmpty()) throw new IllegalArgumentException("usage: /as <name> [<line>]");
        if (parts.length == 1) {
            current = parts[0];
            speaker();
            out.accept("you are now " + current);
            return;
        }
        String before = current;
        current = parts[0];
        try {
            run(parts[1].strip());
        } finally {
            current = before;
        }
    }

    private Speaker speaker() {
        return people.computeIfAbsent(current, n -> new Speaker(sim.person(n)));
    }

    /** The current person, connected by the bot's address first if they are not in any chat with the bot yet. */
    private Speaker connected() {
        Speaker s = speaker();
        if (s.groupId == 0 && !s.person.isContact()) connect("");
        return s;
    }

    private void connect(String link) {
        Speaker s = speaker();
        if (!link.isEmpty()) {
            s.person.connectVia(link);
            out.accept(current + " connected by " + link);
            return;
        }
        String chat = s.person.connectViaAddress();
        if (chat.startsWith("#")) {
            // A business address: each customer talks to the bot in a business chat, a group of their own.
            s.groupId = Long.parseLong(chat.substring(1));
            s.groupName = current + "'s business chat";
            out.accept(current + " connected to the bot's business address");
        } else {
            out.accept(chat.isEmpty() ? current + " asked to connect; the bot has to accept the request" : current + " connected to the bot");
        }
    }

    private void say(String text) {
        Speaker s = connected();
        sent(s.groupId != 0 ? s.person.sendToGroup(s.groupId, text, null) : s.person.send(text));
    }

    private void sent(long itemId) {
        if (showIds) out.accept("(sent as item " + itemId + ")");
    }

    private void join(String target) {
        if (target.isEmpty()) throw new IllegalArgumentException("usage: /join <#group | link>");
        Speaker s = speaker();
        if (target.contains("://") || target.startsWith("simplex:")) {
            s.groupId = s.person.joinGroupVia(target);
            s.groupName = "#" + s.groupId;
        } else {
            JsonNode found = BotGroups.find(sim, target);
            s.person.joinGroupVia(BotGroups.link(sim, found));
            s.groupId = found.path("groupId").asLong();
            s.groupName = "#" + found.path("groupProfile").path("displayName").asString();
        }
        out.accept(current + " joined " + s.groupName + "; messages now go there (/in bot to talk to the bot directly)");
    }

    private void accept(String groupId) {
        Speaker s = speaker();
        s.groupId = id(groupId);
        s.person.acceptGroupInvitation(s.groupId);
        s.groupName = "#" + s.groupId;
        out.accept(current + " accepted the invitation to " + s.groupName + "; messages now go there");
    }

    private void in(String where) {
        Speaker s = speaker();
        if (where.equals("bot")) {
            s.groupId = 0;
            out.accept(current + " talks to the bot directly");
        } else if (s.groupName != null && (where.startsWith("#") ? where : "#" + where).equalsIgnoreCase(s.groupName)) {
            out.accept(current + " talks in " + s.groupName);
        } else {
            throw new IllegalArgumentException(current + " is not in " + where + "; use /join " + where);
        }
    }

    private void react(String rest, boolean add) {
        Speaker s = speaker();
        String[] parts = rest.split(" ", 2);
        if (parts[0].isEmpty()) throw new IllegalArgumentException("usage: /react [<itemId>] <emoji>");
        long itemId;
        String emoji;
        if (parts.length == 2) {
            itemId = id(parts[0]);
            emoji = parts[1].strip();
        } else {
            if (s.lastBotItem == 0) throw new IllegalArgumentException("the bot has not written to " + current + " yet");
            itemId = s.lastBotItem;
            emoji = parts[0];
        }
        s.person.react(itemId, emoji, add);
    }

    private void file(String rest) {
        if (rest.isEmpty()) throw new IllegalArgumentException("usage: /file <path> [<text>]");
        String[] parts = rest.split(" ", 2);
        Path path = Path.of(parts[0]);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        Speaker s = connected();
        if (s.groupId != 0) throw new IllegalArgumentException("files go to the bot directly: /in bot first");
        long item = s.person.sendFile(path.getFileName().toString(), bytes, parts.length > 1 ? parts[1] : "");
        out.accept(current + " sent " + path.getFileName() + " (" + bytes.length + " bytes)" + (showIds ? " as item " + item : ""));
    }

    private void inviteBot(String rest) {
        String[] parts = rest.split(" ");
        if (parts[0].isEmpty()) throw new IllegalArgumentException("usage: /invite-bot <group> [<role>]");
        Role role = parts.length > 1 ? Role.of(parts[1]) : Role.MEMBER;
        Speaker s = speaker();
        s.groupId = s.person.inviteBotToGroup(parts[0], role);
        s.groupName = "#" + parts[0];
        out.accept(current + " created " + s.groupName + " and invited the bot as " + role.wire() + "; messages now go there");
    }

    private void leave() {
        Speaker s = speaker();
        if (s.groupId == 0) throw new IllegalArgumentException(current + " talks to the bot directly, not in a group");
        s.person.leaveGroup(s.groupId);
        out.accept(current + " left " + s.groupName);
        s.groupId = 0;
        s.groupName = null;
    }

    private static long id(String rest) {
        String first = rest.split(" ", 2)[0];
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, got '" + first + "'");
        }
    }

    private static String text(String rest) {
        String[] parts = rest.split(" ", 2);
        if (parts.length < 2) throw new IllegalArgumentException("missing text after " + parts[0]);
        return parts[1];
    }

    /** Prints what the bot did to each person since the last call. */
    public synchronized void report() {
        for (Map.Entry<String, Speaker> e : people.entrySet()) {
            Speaker s = e.getValue();
            for (Seen seen; (seen = s.person.next(Duration.ZERO)) != null; ) {
                if (seen.kind().equals("message") && seen.itemId() > 0) s.lastBotItem = seen.itemId();
                String line = describe(e.getKey(), seen, s);
                if (line != null) out.accept(line);
            }
        }
    }

    /** One thing the bot did, as a person would put it; null for what a person would not notice. */
    private String describe(String name, Seen seen, Speaker s) {
        String where = seen.chat().startsWith("#") ? " in " + (seen.chat().equals("#" + s.groupId) ? s.groupName : seen.chat()) : "";
        String id = showIds && seen.itemId() > 0 ? " [item " + seen.itemId() + "]" : "";
        String text = seen.text();
        return switch (seen.kind()) {
            case "message" -> {
                String file = seen.details() == null ? null : seen.details().path("fileName").asString(null);
                yield "bot → " + name + where + ": " + text + (file == null ? "" : " [file " + file + "]") + id;
            }
            case "edited" -> "bot edited its message to " + name + where + ": " + text + id;
            case "deleted" -> "bot deleted its message to " + name + where + ": " + text + id;
            case "reaction" -> "bot reacted " + text + " to a message" + where + id;
            // The contact is made: the bot's own messages follow, and the prompt already says who talks.
            case "connected" -> null;
            case "contactDeleted" -> text + " deleted its contact with " + name;
            case "groupInvitation" -> "bot invited " + name + " to #" + text + " (/accept "
                    + seen.details().path("groupId").asLong() + " to join as " + seen.details().path("memberRole").asString() + ")";
            case "joined" -> "bot joined" + where;
            case "memberRole" -> "bot made " + text + " " + seen.details().path("role").asString() + where;
            case "memberBlocked" -> "bot " + (seen.details().path("blocked").asBoolean() ? "blocked " : "unblocked ") + text + where;
            case "removed" -> "bot removed " + name + " from" + where;
            case "memberRemoved" -> "bot removed " + text + " from" + where;
            case "memberLeft" -> "bot left" + where;
            case "groupUpdated" -> "bot renamed the group" + where + " to " + text;
            case "groupDeleted" -> "bot deleted the group" + where;
            default -> "bot" + where + " (" + seen.kind() + "): " + text;
        };
    }
}
