package dev.simplexscript.api.values;

import tools.jackson.databind.node.ObjectNode;

/**
 * An object the API gave a script that can stand for an id or a chat, so that anything a script
 * can name by id it can also pass as the object (a Contact for a contact id, a Message for an
 * item id, ...). Deliberately not exported to scripts.
 */
public interface Ref {

    /** The kinds of ids commands take. */
    enum Kind {
        CONTACT("contact", "contactId"),
        GROUP("group", "groupId"),
        MEMBER("group member", "groupMemberId"),
        ITEM("message", "itemId"),
        FILE("file", "fileId"),
        USER("user", "userId"),
        CONTACT_REQUEST("contact request", "contactRequestId");

        final String label;
        final String jsonKey;

        Kind(String label, String jsonKey) {
            this.label = label;
            this.jsonKey = jsonKey;
        }
    }

    /** This object's id of that kind, or null when it has none. */
    Long refId(Kind kind);

    /** The ChatRef of the chat this object is or belongs to, or null when it is not a chat. */
    ObjectNode refChat();
}
