package dev.simplexscript.testkit;

import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Role;
import org.graalvm.polyglot.HostAccess;

/**
 * A group with the bot in it, as one virtual person sees it in a test: a group of the bot's that
 * the person joined ({@link Person#join}), or the person's own group that the bot was invited to
 * ({@link Person#hostGroup}). Where the person talks, and, as its host or a moderator, manages
 * the other members.
 */
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

    /** As host: lets another person in; the bot connects to them. Returns the group as that person sees it. */
    @HostAccess.Export
    public GroupChat letIn(Person newcomer) {
        person.addToGroup(id, newcomer.virtual());
        return new GroupChat(newcomer.virtual(), id, name);
    }

    /** As host: changes another member's role ({@code 'observer'}, {@code 'member'}, {@code 'moderator'}, {@code 'admin'}, {@code 'owner'}). */
    @HostAccess.Export
    public void setRole(Person member, String role) {
        person.setMemberRole(id, member.virtual(), role(role));
    }

    /** As host: changes the bot's role. */
    @HostAccess.Export
    public void setBotRole(String role) {
        person.setBotRole(id, role(role));
    }

    /** As host: blocks another member for everyone. */
    @HostAccess.Export
    public void block(Person member) {
        person.blockMember(id, member.virtual(), true);
    }

    @HostAccess.Export
    public void unblock(Person member) {
        person.blockMember(id, member.virtual(), false);
    }

    /** As host: removes another member. */
    @HostAccess.Export
    public void remove(Person member) {
        remove(member, false);
    }

    /** As host: removes another member, with their messages when {@code withMessages}. */
    @HostAccess.Export
    public void remove(Person member, boolean withMessages) {
        person.removeMember(id, member.virtual(), withMessages);
    }

    /** As host: removes the bot from the group. */
    @HostAccess.Export
    public void removeBot() {
        person.removeBot(id);
    }

    /** As host: renames the group. */
    @HostAccess.Export
    public void rename(String displayName) {
        person.renameGroup(id, displayName);
    }

    /** As host: deletes the group for everyone. */
    @HostAccess.Export
    public void delete() {
        person.deleteGroup(id);
    }

    /** As host or moderator: moderates a message of the group (a {@link BotMessage} or a bot-side item id). */
    @HostAccess.Export
    public void moderate(Object message) {
        person.moderate(id, Person.itemId(message, "moderate(message)"));
    }

    /** Reports a message to the group's moderators; returns the report's item id on the bot's side. */
    @HostAccess.Export
    public long report(Object message, String reason) {
        return report(message, reason, "");
    }

    @HostAccess.Export
    public long report(Object message, String reason, String text) {
        return person.report(id, Person.itemId(message, "report(message, reason[, text])"), reason, text);
    }

    /** Invites the bot, a member here but not yet this person's contact, to a direct chat; returns its chat, {@code '@<id>'}. */
    @HostAccess.Export
    public String contactBot() {
        return "@" + person.inviteBotToChat(id);
    }

    static Role role(String role) {
        try {
            return Role.of(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("role must be one of observer, author, member, moderator, admin, owner, got " + role);
        }
    }
}
