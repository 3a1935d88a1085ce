package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Address;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Connection;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.ContactRequest;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.Member;
import dev.simplexscript.sim.world.Peer;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * How contacts come to be: a person uses the user's address or one-time link, the user accepts
 * a request, or the user connects to a person's link. Events follow PROTOCOL.md §10.2.
 */
public final class ContactFlow {
    private final Core core;
    private final MessageFlow messages;
    private final GroupFlow groups;
    private final ServiceItems serviceItems;

    /**
     * How a contact came to be, which decides the events of its connecting. {@code contactSndReady}
     * comes from the core's JOINED, which carries a contact only where one existed before the
     * user joined: a request it accepted. Contacts made from a request got their service items
     * when the request arrived, the others get them after connecting.
     */
    private enum Origin {
        /** The user accepted a request to its address (auto-accept or {@code /_accept}). */
        REQUEST(true, false),
        /** A person used the user's one-time link, or the user a person's link ({@code /_connect}). */
        LINK(false, true);

        final boolean sndReady;
        final boolean announcesServiceItems;

        Origin(boolean sndReady, boolean announcesServiceItems) {
            this.sndReady = sndReady;
            this.announcesServiceItems = announcesServiceItems;
        }
    }

    ContactFlow(Core core, MessageFlow messages, GroupFlow groups, ServiceItems serviceItems) {
        this.core = core;
        this.messages = messages;
        this.groups = groups;
        this.serviceItems = serviceItems;
    }

    /**
     * A person connects via the user's address: with auto-accept the contact is created at once
     * ({@code acceptingContactRequest}, welcome message, {@code contactConnected}); without it the
     * user gets {@code receivedContactRequest}. A business address with auto-accept makes a
     * business chat (a group) instead.
     *
     * @return the chat the person landed in, {@code @contactId} or {@code #groupId}; empty while the request waits
     */
    public String viaAddress(User user, Peer peer) {
        Address address = user.requireAddress();
        if (user.contactOf(peer).isPresent()) throw new IllegalStateException(peer.name() + " is already a contact of " + user.name());
        if (!address.autoAccept()) {
            ContactRequest request = new ContactRequest(core.world.ids.next(Ids.Kind.CONTACT_REQUEST), address.userContactLinkId,
                    user.uniqueName(peer.name()), core.world.newProfile(peer.profile()), peer, core.world.now());
            user.requests.put(request.contactRequestId(), request);
            ObjectNode event = core.resp("receivedContactRequest", user);
            event.set("contactRequest", core.shapes.contacts().request(request));
            core.emit(event);
            return "";
        }
        if (address.business()) return groups.businessChat(user, peer, welcome(user)).toString();
        // Auto-accept still records the request, so the contact carries its id as in the fixtures.
        long requestId = core.world.ids.next(Ids.Kind.CONTACT_REQUEST);
        Contact contact = newContact(user, peer, address.userContactLinkId, requestId, false);
        serviceItems.contactRequested(user, contact);
        ObjectNode accepting = core.resp("acceptingContactRequest", user);
        accepting.set("contact", core.shapes.contacts().contact(user, contact));
        core.emit(accepting);
        connected(user, contact, Origin.REQUEST);
        return ChatKey.direct(contact.contactId).toString();
    }

    /** The address's welcome message as a one-element {@code composedMessages} array, or null. */
    private static tools.jackson.databind.node.ArrayNode welcome(User user) {
        if (user.address == null || !user.address.settings.path("autoReply").isObject()) return null;
        var composed = Json.MAPPER.createArrayNode();
        composed.add(Json.object().set("msgContent", user.address.settings.get("autoReply").deepCopy()));
        return composed;
    }

    /** {@code /_accept}: the contact exists now, still connecting; it connects after the response. */
    public Contact accept(User user, ContactRequest request, AfterResponse after) {
        user.requests.remove(request.contactRequestId());
        Contact contact = newContact(user, request.peer(), request.userContactLinkId(), request.contactRequestId(), false);
        serviceItems.contactRequested(user, contact);
        after.then(() -> connected(user, contact, Origin.REQUEST));
        return contact;
    }

    /**
     * A contact made with a link: a person used the user's one-time invitation, or the user
     * connected to a person's invitation or address and the person accepted. Either way the
     * person's profile arrives first ({@code CONF} or {@code INFO} on a connection without a
     * contact: the core's {@code saveConnInfo} makes the contact and sends
     * {@code contactConnecting}), then the connection is ready.
     */
    public Contact viaLink(User user, Peer peer) {
        Contact contact = newContact(user, peer, null, null, true);
        contact.conn.status = "joined";
        ObjectNode connecting = core.resp("contactConnecting", user);
        connecting.set("contact", core.shapes.contacts().contact(user, contact));
        core.emit(connecting);
        connected(user, contact, Origin.LINK);
        return contact;
    }

    /**
     * A member of a group the user is in, not yet its contact, invites the user to a direct chat
     * ({@code x.grp.direct.inv}). Shipped bots have {@code autoAcceptMemberContacts} off, so their
     * core does not join: it prepares the contact (connection {@code prepared}), adds the banner,
     * {@code groupInvLinkReceived} and {@code memberCreatedContact} items and sends
     * {@code newMemberContactReceivedInv}; joining takes a command outside the bot API. Refused,
     * as the core ignores it, where the group's {@code directMessages} preference does not allow
     * the member.
     */
    public Contact viaGroupMember(User user, Group g, Member member) {
        if (user.contactOf(member.peer).isPresent()) {
            throw new IllegalStateException(member.peer.name() + " is already a contact of " + user.name());
        }
        if (!directMessagesAllowed(g, member)) {
            throw new IllegalStateException("direct messages are not allowed to " + member.peer.name() + " in " + g.localDisplayName
                    + " (the group's directMessages preference)");
        }
        Contact contact = newContact(user, member.peer, null, null, false);
        contact.conn.status = "prepared";
        member.contactId = contact.contactId;
        serviceItems.memberCreatedContact(user, g, member, contact);
        ObjectNode event = core.resp("newMemberContactReceivedInv", user);
        event.set("contact", core.shapes.contacts().contact(user, contact));
        event.set("groupInfo", core.shapes.groups().groupInfo(g));
        event.set("member", core.shapes.groups().member(member));
        core.emit(event);
        return contact;
    }

    /** The core's {@code groupFeatureMemberAllowed SGFDirectMessages}: on, and for the member's role when it names one. */
    private boolean directMessagesAllowed(Group g, Member member) {
        var pref = core.shapes.groups().groupInfo(g).path("fullGroupPreferences").path("directMessages");
        if (!pref.path("enable").asString("").equals("on")) return false;
        return !pref.path("role").isString() || member.role.atLeast(Role.of(pref.path("role").asString()));
    }

    private Contact newContact(User user, Peer peer, Long viaAddress, Long requestId, boolean initiated) {
        long contactId = core.world.ids.next(Ids.Kind.CONTACT);
        Connection conn = new Connection(core.world.ids.next(Ids.Kind.CONNECTION), "contact", "accepted", viaAddress, false,
                initiated, contactId, core.world.now());
        Contact contact = new Contact(contactId, user.uniqueName(peer.name()), peer, core.world.newProfile(peer.profile()),
                conn, requestId, Json.object(), core.world.now());
        user.contacts.put(contactId, contact);
        return contact;
    }

    /**
     * The connection is ready. {@code contactSndReady} first where the origin gives it (the user
     * may send from then on); then the welcome message (address contacts, as §10.2 orders it),
     * {@code contactConnected}, the service items of contacts made without a request, and the
     * welcome's delivery statuses.
     */
    private void connected(User user, Contact contact, Origin origin) {
        if (origin.sndReady) {
            contact.conn.status = "snd-ready";
            ObjectNode ready = core.resp("contactSndReady", user);
            ready.set("contact", core.shapes.contacts().contact(user, contact));
            core.emit(ready);
        }
        contact.conn.status = "ready";
        Chats.tell(contact.peer, ChatKey.direct(contact.contactId), "connected", user.name(), null);
        List<Item> welcome = List.of();
        var composed = origin == Origin.REQUEST ? welcome(user) : null;
        if (composed != null) {
            welcome = messages.send(user, ChatKey.direct(contact.contactId), composed, false, null);
            messages.announce(user, welcome);
        }
        ObjectNode event = core.resp("contactConnected", user);
        event.set("contact", core.shapes.contacts().contact(user, contact));
        core.emit(event);
        if (origin.announcesServiceItems) serviceItems.contactConnected(user, contact);
        if (!welcome.isEmpty()) messages.deliver(user, welcome);
    }

    /**
     * The person changed their profile ({@code x.info}): the {@code profileUpdated} item when
     * something visible changed, then {@code contactUpdated} (the core's
     * {@code processContactProfileUpdate}).
     */
    public void profileUpdated(User user, Contact contact, ObjectNode profile) {
        ObjectNode from = core.shapes.contacts().contact(user, contact);
        ObjectNode fromProfile = contact.profile.json();
        contact.profile = contact.profile.with(profile);
        contact.updatedAt = core.world.now();
        serviceItems.contactProfileUpdated(user, contact, fromProfile, contact.profile.json());
        ObjectNode event = core.resp("contactUpdated", user);
        event.set("fromContact", from);
        event.set("toContact", core.shapes.contacts().contact(user, contact));
        core.emit(event);
    }

    /** The person deleted the contact on their side. */
    public void deletedByPeer(User user, Contact contact) {
        contact.status = "deleted";
        contact.conn.status = "deleted";
        ObjectNode event = core.resp("contactDeletedByContact", user);
        event.set("contact", core.shapes.contacts().contact(user, contact));
        core.emit(event);
    }

    static SimError requestNotFound(long id) {
        return SimError.store("contactRequestNotFound", "contactRequestId", id);
    }
}
