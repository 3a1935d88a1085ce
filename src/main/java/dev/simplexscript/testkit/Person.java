package dev.simplexscript.testkit;

import dev.simplexscript.sim.SimulatedCore;
import dev.simplexscript.sim.people.BotGroups;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import tools.jackson.databind.JsonNode;

/**
 * A virtual person as a test file drives it: {@code sim.person('alice')}. Every call returns when
 * the simulated core has done it; what the bot sends back is read with {@link #nextMessage}.
 */
public final class Person {
    private final VirtualPerson person;
    private final SimulatedCore sim;
    private final TestBot session;
    private final Duration defaultWait;
    private String chat = "";
    private long lastBotItem;

    Person(VirtualPerson person, SimulatedCore sim, TestBot session, Duration defaultWait) {
        this.person = person;
        this.sim = sim;
        this.session = session;
        this.defaultWait = defaultWait;
    }

    @HostAccess.Export
    public String getName() {
        return person.name();
    }

    /**
     * Connects through the bot's address. Returns the chat on the bot's side: {@code '@2'}, a
     * business chat {@code '#5'}, or {@code ''} while the bot has not accepted the request.
     */
    @HostAccess.Export
    public String connect() {
        if (chat.isEmpty()) chat = person.connectViaAddress();
        return chat;
    }

    /** Sends a text to the bot (in the business chat with a business address); returns the bot-side item id. */
    @HostAccess.Export
    public long send(String text) {
        connected();
        return chat.startsWith("#") ? person.sendToGroup(Long.parseLong(chat.substring(1)), text, null) : person.send(text);
    }

    /** Sends a text quoting a message of the chat (a {@link BotMessage} or an item id). */
    @HostAccess.Export
    public long reply(Object message, String text) {
        connected();
        return person.reply(itemId(message, "reply(message, text)"), text);
    }

    /** Offers a file with this content (UTF-8 text) to the bot. */
    @HostAccess.Export
    public long sendFile(String name, String content) {
        return sendFile(name, content, "");
    }

    /** Offers a file with a message text. */
    @HostAccess.Export
    public long sendFile(String name, String content, String text) {
        connected();
        return person.sendFile(name, content.getBytes(StandardCharsets.UTF_8), text);
    }

    /** Reacts to the bot's last message to this person. */
    @HostAccess.Export
    public void react(String emoji) {
        if (lastBotItem == 0) throw new IllegalStateException(getName() + " has no message from the bot to react to yet");
        person.react(lastBotItem, emoji, true);
    }

    /** Reacts to a message (a {@link BotMessage} or an item id); {@code add} false removes the reaction. */
    @HostAccess.Export
    public void react(String emoji, Object message, boolean add) {
        person.react(itemId(message, "react(emoji, message, add)"), emoji, add);
    }

    @HostAccess.Export
    public void react(String emoji, Object message) {
        react(emoji, message, true);
    }

    /** Joins one of the bot's groups by its group link: {@code join('#Lounge')}. */
    @HostAccess.Export
    public GroupChat join(String group) {
        JsonNode info = BotGroups.find(sim, group);
        long id = person.joinGroupVia(BotGroups.link(sim, info));
        return new GroupChat(person, id, info.path("groupProfile").path("displayName").asString());
    }

    /**
     * Creates a group of this person's and invites the bot (a contact) into it as a member; the
     * bot gets {@code receivedGroupInvitation} and joins if its script does
     * ({@code next('joined')} tells). Returns the group, where this person is the host.
     */
    @HostAccess.Export
    public GroupChat hostGroup(String name) {
        return hostGroup(name, "member");
    }

    /** As {@link #hostGroup(String)}, with the bot's role in the group. */
    @HostAccess.Export
    public GroupChat hostGroup(String name, String botRole) {
        connected();
        if (chat.startsWith("#")) throw new IllegalStateException(getName() + " talks to the bot in a business chat, not as a contact");
        long id = person.inviteBotToGroup(name, GroupChat.role(botRole));
        return new GroupChat(person, id, name);
    }

    /**
     * Changes this person's display name: the bot gets {@code contactUpdated} if they are its
     * contact, else {@code groupMemberUpdated} in each group they share.
     */
    @HostAccess.Export
    public void rename(String displayName) {
        person.changeName(displayName);
    }

    /** The bot's next message to this person (in any chat); fails after the test's message wait (5 s by default). */
    @HostAccess.Export
    public BotMessage nextMessage() {
        return next("message", Map.of());
    }

    /** As {@link #nextMessage()}, with {@code {timeout: ms}}. */
    @HostAccess.Export
    public BotMessage nextMessage(Map<String, Object> options) {
        return next("message", options);
    }

    /** The next thing of this kind the bot did to this person: {@code 'reaction'}, {@code 'removed'}, ... */
    @HostAccess.Export
    public BotMessage next(String kind) {
        return next(kind, Map.of());
    }

    @HostAccess.Export
    public BotMessage next(String kind, Map<String, Object> options) {
        Duration wait = timeout(options);
        Seen seen = person.next(kind, wait);
        if (seen == null) {
            String what = kind.equals("message") ? "no message" : "no " + kind;
            throw new TestFailure(getName() + " got " + what + " from the bot within " + wait.toMillis() + " ms"
                    + session.botErrorsSuffix());
        }
        if (seen.kind().equals("message") && seen.itemId() > 0) lastBotItem = seen.itemId();
        return new BotMessage(seen);
    }

    /**
     * The messages the bot sent this person that the test has not read yet, once the bot is idle;
     * {@code expect(alice.unread()).toEqual([])} checks that it said nothing. Other unread things
     * (connections, reactions, ...) are passed over, as {@link #nextMessage} does.
     */
    @HostAccess.Export
    public List<BotMessage> unread() {
        session.settle();
        List<BotMessage> out = new ArrayList<>();
        for (Seen s; (s = person.next(Duration.ZERO)) != null; ) {
            if (s.kind().equals("message")) out.add(new BotMessage(s));
        }
        return out;
    }

    private void connected() {
        if (chat.isEmpty() && person.isContact()) chat = "@" + person.contactId();
        if (chat.isEmpty()) {
            throw new IllegalStateException(getName() + " is not connected to the bot: call " + getName() + ".connect() first"
                    + (person.isContact() ? "" : " (or the bot has not accepted the request yet)"));
        }
    }

    VirtualPerson virtual() {
        return person;
    }

    static long itemId(Object message, String usage) {
        if (message instanceof BotMessage m) return m.itemId;
        if (message instanceof Number n) return n.longValue();
        throw new IllegalArgumentException(usage + ": message must be a message from nextMessage() or an item id");
    }

    private Duration timeout(Map<String, Object> options) {
        Object t = options.get("timeout");
        if (t == null) return defaultWait;
        if (!(t instanceof Number n) || n.longValue() < 0) {
            throw new IllegalArgumentException("timeout must be a number of milliseconds, got " + t);
        }
        return Duration.ofMillis(n.longValue());
    }

    @Override
    public String toString() {
        return getName();
    }
}
