package dev.simplexscript.api;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The spec's JSON fixtures, and small responses composed from their parts. */
final class Fixtures {
    private Fixtures() {}

    /** The {@code resp} object of a fixture file. */
    static JsonNode resp(String name) {
        return Spec.resp(name);
    }

    /** The command string a request fixture carries. */
    static String cmd(String name) {
        return Spec.frame(name).path("cmd").stringValue();
    }

    /** A response of this type with the given fields, e.g. {@code response("groupLinkDeleted", "groupInfo", info)}. */
    static ObjectNode response(String type, Object... fields) {
        ObjectNode out = Json.object().put("type", type);
        for (int i = 0; i < fields.length; i += 2) out.set((String) fields[i], Json.tree(fields[i + 1]));
        return out;
    }

    static JsonNode user() {
        return resp("response-activeUser.json").path("user");
    }

    static JsonNode groupInfo() {
        return resp("response-groupMembers.json").path("group").path("groupInfo");
    }

    static JsonNode alice() {
        return resp("response-contactsList.json").path("contacts").get(0);
    }

    /** A chatCmdError response whose store error has this tag. */
    static ObjectNode storeError(String tag) {
        return response("chatCmdError", "chatError", Json.object().put("type", "errorStore").set("storeError", Json.object().put("type", tag)));
    }
}
