package dev.simplexscript.ops;

import java.time.Instant;

/**
 * A received message whose text (or file caption) is an {@code /admin} command.
 *
 * @param userId    the bot's user that received it
 * @param contactId the sender's contact id, or 0 when it came in a group
 * @param contactCreated when the core made the sender's contact ({@code createdAt}), or null when not said or in a group
 * @param sender    the sender's display name
 * @param where     {@code @contactId} or {@code #groupId}, for the host log
 * @param text      the whole text, e.g. {@code /admin logs echo.js 50}
 * @param file      the attached file offer, or null
 */
record AdminMessage(long userId, long contactId, Instant contactCreated, String sender, String where, String text, FileOffer file) {

    /** A file offered with the message: not yet received. */
    record FileOffer(long fileId, String fileName, long fileSize) {}

    boolean direct() {
        return contactId != 0;
    }

    /** The words after {@code /admin}. */
    String[] words() {
        String rest = text.strip().substring("/admin".length()).strip();
        return rest.isEmpty() ? new String[0] : rest.split("\\s+");
    }
}
