package dev.simplexscript.sim.world;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A chat user (the bot's profile) and everything that belongs to it. */
public final class User {
    public final long userId;
    public final long userContactId;
    public Profile profile;
    public boolean active;
    public long activeOrder;
    public Address address;
    public final Map<Long, Contact> contacts = new LinkedHashMap<>();
    public final Map<Long, ContactRequest> requests = new LinkedHashMap<>();
    public final Map<Long, PendingConnection> pending = new LinkedHashMap<>();
    public final Map<Long, Group> groups = new LinkedHashMap<>();
    public final Map<Long, Item> items = new LinkedHashMap<>();

    public User(long userId, long userContactId, Profile profile) {
        this.userId = userId;
        this.userContactId = userContactId;
        this.profile = profile;
    }

    public String name() {
        return profile.displayName();
    }

    public Contact contact(long contactId) {
        Contact c = contacts.get(contactId);
        if (c == null) throw SimError.store("contactNotFound", "contactId", contactId);
        return c;
    }

    public Group group(long groupId) {
        Group g = groups.get(groupId);
        if (g == null) throw SimError.store("groupNotFound", "groupId", groupId);
        return g;
    }

    public Item item(ChatKey chat, long itemId) {
        Item item = items.get(itemId);
        if (item == null || !item.chat.equals(chat)) throw SimError.store("chatItemNotFound", "itemId", itemId);
        return item;
    }

    public Optional<Contact> contactOf(Peer peer) {
        return contacts.values().stream().filter(c -> c.peer == peer && !"deleted".equals(c.status)).findFirst();
    }

    public Address requireAddress() {
        if (address == null) throw SimError.store("userContactLinkNotFound");
        return address;
    }

    /** A local display name not yet taken by another contact, {@code alice}, then {@code alice_1}... */
    public String uniqueName(String displayName) {
        String name = displayName;
        for (int n = 1; nameTaken(name); n++) name = displayName + "_" + n;
        return name;
    }

    private boolean nameTaken(String name) {
        return contacts.values().stream().anyMatch(c -> c.localDisplayName.equals(name))
                || requests.values().stream().anyMatch(r -> r.localDisplayName().equals(name));
    }
}
