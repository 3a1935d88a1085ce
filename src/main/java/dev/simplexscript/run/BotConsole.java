package dev.simplexscript.run;

import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.BotGroups;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The console of a bot running on the embedded simulator: the user plays the bot's contacts.
 * A plain line is a message from the current person (alice at first); console commands start
 * with a slash, and any other slash line is a bot command sent as a message.
 */
public final class BotConsole {
    static final String HELP = """
            You are talking to the bot as a contact (alice unless you switch). Console commands:
              <text>               send <text> to the bot (or to the group you are in)
              /as <name> [<line>]  say <line> as <name>; without <line>, become <name>
              /join #<group>       join one of the bot's groups by its group link, and talk there
              /in #<group> | /in bot   talk in a group you joined, or back to the bot directly
              /file <path> [text]  send a file to the bot
              /react <emoji>       react to the bot's last message to you (👍 👎 😀 😂 😢 ❤ 🚀 ✅)
              /people              who is here
              /help                this help; send //help to give the bot its /help
              /quit                stop (Ctrl-D too)""";

    private final SimulatedCore sim;
    private final BotRunner bot;
    private final PrintWriter out;
    private final Map<String, Speaker> people = new LinkedHashMap<>();
    private String current = "alice";

    /** A person and where they talk: directly to the bot (groupId 0) or in a group. */
    private static final class Speaker {
        final VirtualPerson person;
        long groupId;
        String groupName;
        long lastBotItem;
        String lastBotChat = "";

        Speaker(VirtualPerson person) {
            this.person = person;
        }
    }

    public BotConsole(BotRunner bot, PrintWriter out) {
        this.bot = bot;
        this.sim = bot.simulator().orElseThrow(() -> new IllegalStateException("the console needs the embedded simulator"));
        this.out = out;
    }

    /**
     * Reads lines until the end of input or /quit. After each line it waits for the bot to finish
     * answering, so piped input gets every reply before the process exits.
     */
    public void run(BufferedReader in, boolean interactive) throws IOException, InterruptedException {
        // on.start handlers (creating the address, groups, links) finish before the first line is read.
        bot.awaitQuiet(Duration.ofSeconds(15));
        Thread printer = interactive ? Thread.ofPlatform().daemon().name("console-printer").start(this::printContinuously) : null;
        try {
            if (interactive) prompt();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    if (interactive) prompt();
                    continue;
                }
                if (!execute(line.strip())) break;
                bot.awaitQuiet(Duration.ofSeconds(15));
                drain();
                if (interactive) prompt();
            }
        } finally {
            if (printer != null) printer.interrupt();
        }
        bot.awaitQuiet(Duration.ofSeconds(15));
        drain();
    }

    /** One line; false for /quit. */
    boolean execute(String line) {
        try {
            if (line.equals("/quit") || line.equals("/exit")) return false;
            if (line.equals("/help")) {
                say(HELP);
            } else if (line.startsWith("//")) {
                speak(current, line.substring(1));
            } else if (line.startsWith("/as ")) {
                as(line.substring(4).strip());
            } else if (line.startsWith("/join ")) {
                join(current, line.substring(6).strip());
            } else if (line.startsWith("/in ")) {
                in(current, line.substring(4).strip());
            } else if (line.startsWith("/file ")) {
                file(current, line.substring(6).strip());
            } else if (line.startsWith("/react ")) {
                react(current, line.substring(7).strip());
            } else if (line.equals("/people")) {
                say(people.isEmpty() ? "nobody yet" : String.join(", ", people.keySet()));
            } else {
                speak(current, line);
            }
        } catch (RuntimeException e) {
            say("error: " + e.getMessage());
        }
        return true;
    }

    private void as(String rest) {
        String[] parts = rest.split(" ", 2);
        if (parts[0].isEmpty()) throw new IllegalArgumentException("usage: /as <name> [<line>]");
        if (parts.length == 1) {
            current = parts[0];
            say("you are now " + current);
            return;
        }
        String before = current;
        current = parts[0];
        try {
            execute(parts[1]);
        } finally {
            current = before;
        }
    }

    private Speaker speaker(String name) {
        return people.computeIfAbsent(name, n -> new Speaker(sim.person(n)));
    }

    private Speaker connected(String name) {
        Speaker s = speaker(name);
        if (!s.person.isContact() && s.groupId == 0) {
            String chat = s.person.connectViaAddress();
            if (chat.startsWith("#")) {
                // A business address: each customer talks to the bot in a business chat, a group of their own.
                s.groupId = Long.parseLong(chat.substring(1));
                s.groupName = name + "'s business chat";
                say(name + " connected to the bot's business address");
            } else {
                say(chat.isEmpty() ? name + " asked to connect; the bot has to accept the request" : name + " connected to the bot");
            }
        }
        return s;
    }

    private void speak(String name, String text) {
        Speaker s = connected(name);
        if (s.groupId != 0) {
            s.person.sendToGroup(s.groupId, text, null);
        } else {
            s.person.send(text);
        }
    }

    private void join(String name, String group) {
        JsonNode found = BotGroups.find(sim, group);
        String full = BotGroups.link(sim, found);
        long groupId = found.path("groupId").asLong();
        Speaker s = speaker(name);
        s.person.joinGroupVia(full);
        s.groupId = groupId;
        s.groupName = "#" + found.path("groupProfile").path("displayName").asString();
        say(name + " joined " + s.groupName + "; messages now go there (/in bot to talk to the bot directly)");
    }

    private void in(String name, String where) {
        Speaker s = speaker(name);
        if (where.equals("bot")) {
            s.groupId = 0;
            say(name + " talks to the bot directly");
        } else if (s.groupName != null && (where.startsWith("#") ? where : "#" + where).equalsIgnoreCase(s.groupName)) {
            say(name + " talks in " + s.groupName);
        } else {
            throw new IllegalArgumentException(name + " has not joined " + where + "; use /join " + where);
        }
    }

    private void file(String name, String rest) {
        String[] parts = rest.split(" ", 2);
        Path path = Path.of(parts[0]);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        connected(name).person.sendFile(path.getFileName().toString(), bytes, parts.length > 1 ? parts[1] : "");
        say(name + " sent " + path.getFileName() + " (" + bytes.length + " bytes)");
    }

    private void react(String name, String emoji) {
        Speaker s = speaker(name);
        if (s.lastBotItem == 0) throw new IllegalArgumentException("the bot has not written to " + name + " yet");
        s.person.react(s.lastBotItem, emoji, true);
    }

    /** Prints what the bot did to each person since the last call. */
    private synchronized void drain() {
        for (Map.Entry<String, Speaker> e : people.entrySet()) {
            Speaker s = e.getValue();
            for (Seen seen; (seen = s.person.next(Duration.ZERO)) != null; ) {
                if (seen.itemId() > 0 && seen.kind().equals("message")) {
                    s.lastBotItem = seen.itemId();
                    s.lastBotChat = seen.chat();
                }
                String where = seen.chat().startsWith("#") && s.groupName != null ? " in " + s.groupName : "";
                String what = seen.kind().equals("message") ? seen.text() : "[" + seen.kind() + "] " + seen.text();
                say("bot → " + e.getKey() + where + ": " + what);
            }
        }
    }

    private void printContinuously() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(200);
                if (bot.quiet()) drain();
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private void prompt() {
        out.print(current + "> ");
        out.flush();
    }

    private synchronized void say(String line) {
        out.println(line);
        out.flush();
    }
}
