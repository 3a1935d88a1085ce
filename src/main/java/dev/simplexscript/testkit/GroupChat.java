package dev.simplexscript.testkit;

import dev.simplexscript.sim.people.VirtualPerson;
import org.graalvm.polyglot.HostAccess;

/** A group of the bot's that a virtual person joined in a test: where that person talks. */
public final class GroupChat {
    private final VirtualPerson person;
    /** The bot's group id. */
    @HostAccess.Export public final long id;
    /** The group's display name. */
    @HostAccess.Export public final String name;
    /** The chat reference, {@code '#<id>'}, as in {@link BotMessage#chat}. */
    @HostAccess.Export public final String ref;

    GroupChat(VirtualPerson person, long id, String name) {
        this.person = person;
        this.id = id;
        this.name = name;
        this.ref = "#" + id;
    }

    /** Posts a message in the group; returns its item id on the bot's side. */
    @HostAccess.Export
    public long send(String text) {
        return person.sendToGroup(id, text, null);
    }

    /** Leaves the group. */
    @HostAccess.Export
    public void leave() {
        person.leaveGroup(id);
    }
}
