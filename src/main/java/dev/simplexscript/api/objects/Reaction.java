package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;

/** A reaction added to or removed from a message ({@code chatItemReaction}: ACIReaction). */
public final class Reaction {
    /** The emoji, or null for reactions of another kind (see {@code reaction}). */
    @Export public final String emoji;
    /** The MsgReaction, e.g. {@code {type:'emoji', emoji:'👍'}}. */
    @Export public final Map<String, Object> reaction;
    /** true when added, false when removed. */
    @Export public final boolean added;
    /** The Contact or Group. */
    @Export public final Object chat;
    /** The message reacted to. */
    @Export public final Message message;
    /** Who reacted: the Contact, the group Member, or null when it was the bot. */
    @Export public final Object sender;
    @Export public final Map<String, Object> raw;

    Reaction(JsonNode resp, ChatActions actions) {
        JsonNode aci = resp.path("reaction");
        JsonNode chatReaction = aci.path("chatReaction");
        this.reaction = Plain.map(chatReaction.path("reaction"));
        this.emoji = Plain.text(chatReaction.path("reaction").path("emoji"));
        this.added = resp.path("added").asBoolean(false);
        this.message = new Message(Plain.pair("chatInfo", aci.path("chatInfo"), "chatItem", chatReaction.path("chatItem")), actions);
        this.chat = message.chat;
        this.sender = ChatActions.sender(chatReaction.path("chatDir"), chat);
        this.raw = Plain.map(resp);
    }

    @Override
    public String toString() {
        return (added ? "reaction " : "reaction removed ") + emoji + " on " + message;
    }
}
