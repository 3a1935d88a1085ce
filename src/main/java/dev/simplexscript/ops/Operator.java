package dev.simplexscript.ops;

import java.time.Instant;

/**
 * The contact who claimed the bot. A contact is its id on one user of the chat core, pinned to the
 * moment the core made it: the id is the core's handle for the contact and never changes while the
 * contact exists (a display name is the contact's own to change), but it is only a row number in
 * the core's database. SQLite hands the highest one out again once that contact is deleted, and
 * another database (a fresh core, a restored backup of another bot) numbers its contacts from 1
 * again. The creation time tells such a newcomer from the operator: it is set once, with the id,
 * and is not something the contact can choose.
 *
 * @param userId    the bot's user on the core that has this contact
 * @param contactId the contact's id on that user
 * @param created   when the core made the contact ({@code createdAt})
 * @param name      the contact's display name when they claimed, for logs and status
 * @param since     when they claimed
 */
public record Operator(long userId, long contactId, Instant created, String name, Instant since) {

    /** True when {@code m} came from this very contact: same user, same id, made at the same moment. */
    boolean sent(AdminMessage m) {
        return userId == m.userId() && contactId == m.contactId() && created.equals(m.contactCreated());
    }

    @Override
    public String toString() {
        return name + " (contact " + contactId + " of user " + userId + ")";
    }
}
