package dev.simplexscript.testkit;

import dev.simplexscript.sim.world.Seen;
import org.graalvm.polyglot.HostAccess;
import tools.jackson.databind.JsonNode;

/**
 * Something the bot did to a virtual person, as a test sees it. Matchers compare it by its text,
 * so {@code expect(await alice.nextMessage()).toContain('hi')} reads naturally.
 */
public final class BotMessage {
    /** The message text (for other kinds, a short description: the emoji of a reaction, ...). */
    @HostAccess.Export public final String text;
    /** {@code message}, {@code edited}, {@code deleted}, {@code reaction}, {@code removed}, ... */
    @HostAccess.Export public final String kind;
    /** Where, in the bot's numbering: {@code '@2'} (a contact) or {@code '#1'} (a group or business chat). */
    @HostAccess.Export public final String chat;
    /** The bot-side chat item id, or 0 when it was not an item. */
    @HostAccess.Export public final long itemId;
    /** The raw JSON of what happened (the message content, the file, the role, ...), or null. */
    @HostAccess.Export public final JsonNode details;

    BotMessage(Seen seen) {
        this.text = seen.text();
        this.kind = seen.kind();
        this.chat = seen.chat();
        this.itemId = seen.itemId();
        this.details = seen.details();
    }

    @Override
    public String toString() {
        return text;
    }
}
