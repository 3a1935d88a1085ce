package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APICreateGroupLink;
import dev.simplexscript.protocol.command.GroupMemberRole;
import dev.simplexscript.protocol.command.APIDeleteGroupLink;
import dev.simplexscript.protocol.command.APIGetGroupLink;
import dev.simplexscript.protocol.command.APIGroupLinkMemberRole;
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


    private Group group(long groupId) {
        return core.active().group(groupId);
    }

    ObjectNode get(APIGetGroupLink c) {
        return linkResp("groupLink", core.active(), existing(c.groupId()));
    }

    private Group existing(long groupId) {
        Group g = group(groupId);
        if (g.link == null) throw groupError("groupLinkNotFound", g);
        return g;
    }

    private SimError groupError(String tag, Group g) {
        ObjectNode fields = Json.object();
        fields.set("groupInfo", core.shapes.groups().groupInfo(g));
        return SimError.store(tag, fields);
    }

    /** Joiners may get observer, author or member, as in the core; higher roles need promotion. */
    private Role linkRole(Group g, GroupMemberRole memberRole) {
        Role role = Role.of(memberRole.wire());
        if (role.atLeast(Role.MODERATOR)) {
            ObjectNode fields = Json.object();
            fields.set("groupInfo", core.shapes.groups().groupInfo(g));
            fields.put("initialRole", role.wire());
            throw SimError.chat("groupMemberInitialRole", fields);
        }
        return role;
    }

    ObjectNode create(APICreateGroupLink c) {
        User user = core.active();
        Group g = group(c.groupId());
        Chats.requireRole(core, g, Role.ADMIN);
        if (g.link != null) throw groupError("duplicateGroupLink", g);
        g.linkRole = linkRole(g, c.memberRole());
        g.link = core.world.newLink(Link.Kind.GROUP, user.userId, core.world.ids.next(dev.simplexscript.sim.world.Ids.Kind.ADDRESS), null);
        return linkResp("groupLinkCreated", user, g);
    }

    ObjectNode setRole(APIGroupLinkMemberRole c) {
        Group g = existing(c.groupId());
        Chats.requireRole(core, g, Role.ADMIN);
        g.linkRole = linkRole(g, c.memberRole());
        return linkResp("groupLink", core.active(), g);
    }

    ObjectNode delete(APIDeleteGroupLink c) {
        User user = core.active();
        Group g = existing(c.groupId());
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
