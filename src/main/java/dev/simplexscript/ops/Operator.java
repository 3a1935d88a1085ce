package dev.simplexscript.ops;

import java.time.Instant;

/**
 * The contact who claimed the bot: a contact of one user of the chat core, named by the ids the
 * core gives it (a display name can be changed by its owner, an id cannot).
 *
 * @param userId    the bot's user on the core that has this contact
 * @param contactId the contact's id on that user
 * @param name      the contact's display name when they claimed, for logs and status
 * @param since     when they claimed
 */
public record Operator(long userId, long contactId, String name, Instant since) {

    boolean is(long user, long contact) {
        return userId == user && contactId == contact;
    }

    @Override
    public String toString() {
        return name + " (contact " + contactId + " of user " + userId + ")";
    }
}
