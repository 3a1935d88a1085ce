package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APIAcceptContact;
import dev.simplexscript.protocol.command.APIConnectPlan;
import dev.simplexscript.protocol.command.APIListContacts;
import dev.simplexscript.protocol.command.APIRejectContact;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.ContactShapes;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.ContactRequest;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Link;
import dev.simplexscript.sim.world.PendingConnection;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** Connection commands (§4.1 27–32) and the contacts list. */
final class ContactCommands {
    private final Core core;
    private final ContactFlow flow;
    private final GroupFlow groups;
    private final AfterResponse after;

    ContactCommands(Core core, ContactFlow flow, GroupFlow groups, AfterResponse after) {
        this.core = core;
        this.flow = flow;
        this.groups = groups;
        this.after = after;
    }


    ObjectNode addContact(long userId) {
        User user = core.user(userId);
        long connId = core.world.ids.next(Ids.Kind.CONNECTION);
        Link link = core.world.newLink(Link.Kind.INVITATION, user.userId, connId, null);
        PendingConnection pending = new PendingConnection(connId, link, false, "new", core.world.now());
        user.pending.put(connId, pending);
        ObjectNode resp = core.resp("invitation", user);
        resp.set("connLinkInvitation", ContactShapes.link(link));
        resp.set("connection", core.shapes.contacts().pending(pending));
        return resp;
    }

    private Link link(String text) {
        return core.world.findLink(text).orElseThrow(() -> SimError.chat("invalidConnReq"));
    }

    ObjectNode plan(APIConnectPlan c) {
        User user = core.user(c.userId());
        Link link = link(c.connectionLink() == null ? "" : c.connectionLink());
        ObjectNode plan = switch (link.kind()) {
            case INVITATION -> {
                ObjectNode inner = link.peerOwner() == null ? tag("ownLink") : tag("ok");
                yield tag("invitationLink").set("invitationLinkPlan", inner);
            }
            case ADDRESS -> {
                ObjectNode inner;
                if (link.peerOwner() == null) {
                    inner = tag("ownLink");
                } else {
                    Optional<Contact> known = user.contactOf(link.peerOwner());
                    inner = known.isPresent() ? tag("known").set("contact", core.shapes.contacts().contact(user, known.get())) : tag("ok");
                }
                yield tag("contactAddress").set("contactAddressPlan", inner);
            }
            case GROUP -> tag("groupLink").set("groupLinkPlan", groups.plan(user, link));
        };
        ObjectNode resp = core.resp("connectionPlan", user);
        resp.set("connLink", ContactShapes.link(link));
        resp.set("connectionPlan", plan);
        return resp;
    }

    private static ObjectNode tag(String type) {
        return Json.object().put("type", type);
    }

    /** Connecting to a person's invitation or address; the person accepts in the background. */
    ObjectNode connect(User user, String text) {
        Link link = link(text);
        if (link.peerOwner() == null) throw SimError.chat("invalidConnReq");
        if (link.kind() == Link.Kind.GROUP) return groups.joinViaLink(user, link, after);
        Optional<Contact> known = user.contactOf(link.peerOwner());
        if (known.isPresent()) {
            ObjectNode resp = core.resp("contactAlreadyExists", user);
            resp.set("contact", core.shapes.contacts().contact(user, known.get()));
            return resp;
        }
        boolean address = link.kind() == Link.Kind.ADDRESS;
        long connId = core.world.ids.next(Ids.Kind.CONNECTION);
        PendingConnection pending = new PendingConnection(connId, link, address, "joined", core.world.now());
        ObjectNode resp = core.resp(address ? "sentInvitation" : "sentConfirmation", user);
        resp.set("connection", core.shapes.contacts().pending(pending));
        if (!address) core.world.forgetLink(link);
        after.then(() -> flow.viaLink(user, link.peerOwner()));
        return resp;
    }

    ObjectNode accept(APIAcceptContact c) {
        User user = core.active();
        long id = c.contactReqId();
        ContactRequest request = Optional.ofNullable(user.requests.get(id)).orElseThrow(() -> ContactFlow.requestNotFound(id));
        Contact contact = flow.accept(user, request, after);
        ObjectNode resp = core.resp("acceptingContactRequest", user);
        resp.set("contact", core.shapes.contacts().contact(user, contact));
        return resp;
    }

    ObjectNode reject(APIRejectContact c) {
        User user = core.active();
        long id = c.contactReqId();
        ContactRequest request = Optional.ofNullable(user.requests.remove(id)).orElseThrow(() -> ContactFlow.requestNotFound(id));
        ObjectNode resp = core.resp("contactRequestRejected", user);
        resp.set("contactRequest", core.shapes.contacts().request(request));
        return resp;
    }

    ObjectNode list(APIListContacts c) {
        User user = core.user(c.userId());
        var contacts = Json.MAPPER.createArrayNode();
        user.contacts.values().stream().filter(contact -> !"deletedByUser".equals(contact.status))
                .forEach(contact -> contacts.add(core.shapes.contacts().contact(user, contact)));
        ObjectNode resp = core.resp("contactsList", user);
        resp.set("contacts", contacts);
        return resp;
    }

    /** A direct chat's deletion (§7.1 {@code ChatDeleteMode}). */
    ObjectNode deleteContact(User user, Contact contact, String mode) {
        ChatKey chat = ChatKey.direct(contact.contactId);
        if (mode.equals("messages")) {
            MessageFlow.removeAll(user, chat);
        } else {
            if (mode.equals("full")) MessageFlow.removeAll(user, chat);
            contact.status = "deletedByUser";
            contact.conn.status = "deleted";
            if (mode.equals("full")) user.contacts.remove(contact.contactId);
            after.then(() -> Chats.tell(contact.peer, chat, "contactDeleted", user.name(), null));
        }
        ObjectNode resp = core.resp("contactDeleted", user);
        resp.set("contact", core.shapes.contacts().contact(user, contact));
        return resp;
    }
}
