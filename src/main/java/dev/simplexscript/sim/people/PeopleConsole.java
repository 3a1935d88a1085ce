package dev.simplexscript.sim.people;

import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.Seen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-oriented console to play virtual people by hand against a bot connected to the
 * simulator, whatever language the bot is written in: {@code alice connect}, {@code alice say hi}...
 */
public final class PeopleConsole {
    static final String HELP = """
            people commands (a person is created on first use; ids are the bot's):
              <name> connect [<link>]        use the bot's address, or a link the bot created
              <name> say <text>               send a message to the bot
              <name> reply <itemId> <text>    send a message quoting an item
              <name> file <path> [<text>]     offer a file
              <name> edit <itemId> <text>     edit own message
              <name> delete <itemId>          delete own message for everyone
              <name> react <itemId> <emoji>   react (👍 👎 😀 😂 😢 ❤ 🚀 ✅); unreact removes
              <name> accept <groupId>         accept the bot's group invitation
              <name> join <groupLink>         join a bot's group by its link
              <name> group <groupId> <text>   send a message to a group
              <name> invite-bot <group> [role] create a group and invite the bot
              <name> invitation | address      print a link of the person's, for the bot's /connect
              <name> inbox                    show what the bot did to this person since last time
              help""";

    private final SimulatedCore core;
    private final Map<String, Integer> shown = new LinkedHashMap<>();

    public PeopleConsole(SimulatedCore core) {
        this.core = core;
    }

    /** Reads commands until end of input; each line answers with one or more lines. */
    public void run(BufferedReader in, PrintWriter out) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            out.println(execute(line.strip()));
            out.flush();
        }
    }

    /** One command line to its answer; failures are answered with {@code error: <cause>}. */
    public String execute(String line) {
        if (line.equals("help")) return HELP;
        String[] parts = line.split(" ", 3);
        if (parts.length < 2) return "error: expected '<name> <action> ...'; try help";
        VirtualPerson p = core.person(parts[0]);
        String rest = parts.length > 2 ? parts[2] : "";
        try {
            return switch (parts[1]) {
                case "connect" -> rest.isEmpty() ? "chat " + orPending(p.connectViaAddress()) : done(() -> p.connectVia(rest));
                case "say" -> "item " + p.send(rest);
                case "reply" -> "item " + p.reply(id(rest), text(rest));
                case "file" -> offer(p, rest);
                case "edit" -> done(() -> p.edit(id(rest), text(rest)));
                case "delete" -> done(() -> p.delete(id(rest)));
                case "react" -> done(() -> p.react(id(rest), text(rest), true));
                case "unreact" -> done(() -> p.react(id(rest), text(rest), false));
                case "accept" -> done(() -> p.acceptGroupInvitation(Long.parseLong(rest.strip())));
                case "join" -> "group " + p.joinGroupVia(rest.strip());
                case "group" -> "item " + p.sendToGroup(id(rest), text(rest), null);
                case "invite-bot" -> inviteBot(p, rest);
                case "invitation" -> p.invitationLink();
                case "address" -> p.addressLink();
                case "inbox" -> inbox(parts[0], p);
                default -> "error: unknown action " + parts[1] + "; try help";
            };
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String orPending(String chat) {
        return chat.isEmpty() ? "requested (the bot must /_accept)" : chat;
    }

    private static String done(Runnable action) {
        action.run();
        return "ok";
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

    private static String offer(VirtualPerson p, String rest) {
        String[] parts = rest.split(" ", 2);
        Path file = Path.of(parts[0]);
        try {
            return "item " + p.sendFile(file.getFileName().toString(), Files.readAllBytes(file), parts.length > 1 ? parts[1] : "");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String inviteBot(VirtualPerson p, String rest) {
        String[] parts = rest.split(" ");
        Role role = parts.length > 1 ? Role.of(parts[1]) : Role.MEMBER;
        return "group " + p.inviteBotToGroup(parts[0], role);
    }

    private String inbox(String name, VirtualPerson p) {
        List<Seen> all = p.seen();
        int from = shown.getOrDefault(name, 0);
        shown.put(name, all.size());
        if (from == all.size()) return "(nothing new)";
        StringBuilder out = new StringBuilder();
        for (Seen s : all.subList(from, all.size())) {
            if (!out.isEmpty()) out.append('\n');
            out.append(s.chat()).append(' ').append(s.kind());
            if (s.itemId() > 0) out.append(" item ").append(s.itemId());
            out.append(": ").append(s.text());
        }
        return out.toString();
    }
}
