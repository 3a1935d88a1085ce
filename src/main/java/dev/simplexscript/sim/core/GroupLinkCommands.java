package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.Group;
import dev.simplexscript.sim.world.Link;
import dev.simplexscript.sim.world.Role;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Group link commands (§4.1 23–26). */
final class GroupLinkCommands {
    private final Core core;

    GroupLinkCommands(Core core) {
        this.core = core;
    }

    void register(Map<String, Handler> handlers) {
        handlers.put("APICreateGroupLink", this::create);
        handlers.put("APIGroupLinkMemberRole", this::setRole);
        handlers.put("APIDeleteGroupLink", this::delete);
        handlers.put("APIGetGroupLink", p -> linkResp("groupLink", core.active(), existing(p)));
    }

    private Group group(ObjectNode p) {
        return core.active().group(p.path("groupId").asLong());
    }

    private Group existing(ObjectNode p) {
        Group g = group(p);
        if (g.link == null) throw groupError("groupLinkNotFound", g);
        return g;
    }

    private SimError groupError(String tag, Group g) {
        ObjectNode fields = Json.object();
        fields.set("groupInfo", core.shapes.groups().groupInfo(g));
        return SimError.store(tag, fields);
    }

    /** Joiners may get observer, author or member, as in the core; higher roles need promotion. */
    private Role linkRole(Group g, ObjectNode p) {
        Role role = Role.of(p.path("memberRole").asString());
        if (role.atLeast(Role.MODERATOR)) {
            ObjectNode fields = Json.object();
            fields.set("groupInfo", core.shapes.groups().groupInfo(g));
            fields.put("initialRole", role.wire());
            throw SimError.chat("groupMemberInitialRole", fields);
        }
        return role;
    }

    private ObjectNode create(ObjectNode p) {
        User user = core.active();
        Group g = group(p);
        Chats.requireRole(core, g, Role.ADMIN);
        if (g.link != null) throw groupError("duplicateGroupLink", g);
        g.linkRole = linkRole(g, p);
        g.link = core.world.newLink(Link.Kind.GROUP, user.userId, core.world.ids.next(dev.simplexscript.sim.world.Ids.Kind.ADDRESS), null);
        return linkResp("groupLinkCreated", user, g);
    }

    private ObjectNode setRole(ObjectNode p) {
        Group g = existing(p);
        Chats.requireRole(core, g, Role.ADMIN);
        g.linkRole = linkRole(g, p);
        return linkResp("groupLink", core.active(), g);
    }

    private ObjectNode delete(ObjectNode p) {
        User user = core.active();
        Group g = existing(p);
        Chats.requireRole(core, g, Role.ADMIN);
        core.world.forgetLink(g.link);
        g.link = null;
        ObjectNode resp = core.resp("groupLinkDeleted", user);
        resp.set("groupInfo", core.shapes.groups().groupInfo(g));
        return resp;
    }

    private ObjectNode linkResp(String type, User user, Group g) {
        ObjectNode resp = core.resp(type, user);
        resp.set("groupInfo", core.shapes.groups().groupInfo(g));
        resp.set("groupLink", core.shapes.groups().groupLink(g));
        return resp;
    }
}
