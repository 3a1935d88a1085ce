package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.APICreateMyAddress;
import dev.simplexscript.protocol.command.APIDeleteMyAddress;
import dev.simplexscript.protocol.command.APISetAddressSettings;
import dev.simplexscript.protocol.command.APISetProfileAddress;
import dev.simplexscript.protocol.command.APIShowMyAddress;
import dev.simplexscript.protocol.command.SetAddressSettings;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.ContactShapes;
import dev.simplexscript.sim.world.Address;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Link;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Address commands (§4.1 1–5). */
final class AddressCommands {
    private final Core core;

    AddressCommands(Core core) {
        this.core = core;
    }


    ObjectNode create(APICreateMyAddress c) {
        User user = core.user(c.userId());
        if (user.address != null) throw SimError.store("duplicateContactLink");
        createAddress(core, user);
        ObjectNode resp = core.resp("userContactLinkCreated", user);
        resp.set("connLinkContact", ContactShapes.link(user.address.link));
        return resp;
    }

    /** Gives the user an address with default settings (no auto-accept). */
    static void createAddress(Core core, User user) {
        long id = core.world.ids.next(Ids.Kind.ADDRESS);
        Link link = core.world.newLink(Link.Kind.ADDRESS, user.userId, id, null);
        user.address = new Address(id, link, Json.object().put("businessAddress", false));
    }

    ObjectNode delete(APIDeleteMyAddress c) {
        User user = core.user(c.userId());
        Address address = user.requireAddress();
        core.world.forgetLink(address.link);
        user.address = null;
        if (user.profile.json().has("contactLink")) {
            ObjectNode profile = user.profile.json().deepCopy();
            profile.remove("contactLink");
            user.profile = user.profile.with(profile);
        }
        return core.resp("userContactLinkDeleted", user);
    }

    ObjectNode show(APIShowMyAddress c) {
        return contactLink("userContactLink", core.user(c.userId()));
    }

    /** {@code /auto_accept on|off[ incognito=on]}: keeps the welcome message and the business flag. */
    ObjectNode autoAccept(SetAddressSettings c) {
        User user = core.active();
        Address address = user.requireAddress();
        ObjectNode settings = address.settings.deepCopy();
        if (c.enable()) settings.set("autoAccept", Json.object().put("acceptIncognito", c.incognito()));
        else settings.remove("autoAccept");
        address.settings = settings;
        return contactLink("userContactLinkUpdated", user);
    }

    private ObjectNode contactLink(String type, User user) {
        Address address = user.requireAddress();
        ObjectNode link = Json.object().put("userContactLinkId", address.userContactLinkId);
        link.set("connLinkContact", ContactShapes.link(address.link));
        link.put("shortLinkDataSet", true).put("shortLinkLargeDataSet", true);
        link.set("addressSettings", address.settings.deepCopy());
        ObjectNode resp = core.resp(type, user);
        resp.set("contactLink", link);
        return resp;
    }

    ObjectNode setProfileAddress(APISetProfileAddress c) {
        User user = core.user(c.userId());
        ObjectNode profile = user.profile.json().deepCopy();
        if (c.enable()) {
            profile.put("contactLink", user.requireAddress().link.shortLink());
        } else {
            profile.remove("contactLink");
        }
        return UserCommands.profileUpdated(core, user, profile);
    }

    ObjectNode setSettings(APISetAddressSettings c) {
        User user = core.user(c.userId());
        Address address = user.requireAddress();
        ObjectNode settings = (ObjectNode) c.settings().deepCopy();
        if (!settings.path("businessAddress").isBoolean()) {
            throw SimError.commandError("Failed reading: AddressSettings.businessAddress must be a boolean");
        }
        address.settings = settings;
        return contactLink("userContactLinkUpdated", user);
    }
}
