package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.testutil.Spec;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares produced frames with the spec's fixtures key by key: same keys and nesting, where a
 * key may be missing on either side only if TYPES.md marks it optional ({@code ?}).
 */
final class FixtureShapes {

    /** Optional fields (TYPES.md {@code ?}) that the fixtures or our frames may leave out. */
    private static final Set<String> OPTIONAL = Set.of("shortDescr", "image", "contactLink", "preferences", "peerType",
            "chatTs", "contactRequestId", "customData", "viaUserContactLink", "pqSndEnabled", "pqRcvEnabled", "quotedItem",
            "file", "fileSource", "formattedText", "itemDeleted", "itemTimed", "itemLive", "toChatItem",
            "userMemberProfileSentAt", "description", "groupPreferences", "memberContactId", "activeConn",
            "invitedByGroupMemberId", "xContactId", "userContactLinkId_", "autoAccept", "autoReply", "memberRef",
            "connShortLink", "sentViaProxy", "itemSharedMsgId", "memberAdmission", "xftpRcvFile", "chat_", "params", "byContactId", "deletedTs", "hostContact", "memberContact",
            "businessChat", "localAlias", "commands", "timedMessages", "fullDelete", "reactions", "voice", "files", "calls", "sessions",
            "directMessages", "history",
            // group features that real v6.5.4.1 frames carry and the composed (TYPES.md) fixtures do not
            "support", "comments");

    private FixtureShapes() {}

    static JsonNode fixture(String name) {
        return Spec.frame(name);
    }

    /** Fails listing every path where {@code actual} and the fixture differ in keys or nesting. */
    static void assertMatches(String fixtureName, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare("", fixture(fixtureName), actual, problems);
        if (!problems.isEmpty()) fail(fixtureName + ": " + String.join("; ", problems) + "\nactual: " + actual);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (expected.isObject() && actual.isObject()) {
            if (expected.has("type") && !expected.path("type").equals(actual.path("type"))) {
                if (!expected.path("type").isString() || !actual.path("type").isString()) problems.add(path + ".type differs");
                return;
            }
            Set<String> keys = new HashSet<>(expected.propertyNames());
            keys.addAll(actual.propertyNames());
            for (String key : keys) {
                if (!expected.has(key) || !actual.has(key)) {
                    if (!OPTIONAL.contains(key) && !isMap(path)) problems.add(path + "." + key + (expected.has(key) ? " missing" : " unexpected"));
                    continue;
                }
                compare(path + "." + key, expected.get(key), actual.get(key), problems);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.isEmpty()) return;
            for (int i = 0; i < actual.size(); i++) compare(path + "[" + i + "]", expected.get(0), actual.get(i), problems);
        } else if (expected.getNodeType() != actual.getNodeType()) {
            boolean versionedStatus = path.endsWith("connStatus") && (actual.isObject() || actual.isString());
            if (!versionedStatus) problems.add(path + " is " + actual.getNodeType() + ", fixture has " + expected.getNodeType());
        }
    }

    /** Like {@link #assertMatches} for the part of both at a JSON pointer, e.g. {@code /resp/groups}. */
    static void assertMatchesAt(String fixtureName, String pointer, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare(pointer, fixture(fixtureName).at(pointer), actual.at(pointer), problems);
        if (!problems.isEmpty()) fail(fixtureName + ": " + String.join("; ", problems) + "\nactual: " + actual);
    }

    /** Where in the fixtures each record type has its reference shape, by the field names that hold it. */
    private static final Map<String, String[]> TYPES_BY_FIELD = types();

    private static Map<String, String[]> types() {
        Map<String, String[]> m = new HashMap<>();
        String[] user = {"response-activeUser.json", "/resp/user"};
        String[] contact = {"event-contactConnected.json", "/resp/contact"};
        String[] groupInfo = {"response-groupCreated.json", "/resp/groupInfo"};
        String[] member = {"response-groupMembers.json", "/resp/group/members/0"};
        for (String k : List.of("user", "user_")) m.put(k, user);
        for (String k : List.of("contact", "fromContact", "toContact", "memberContact", "hostContact")) m.put(k, contact);
        for (String k : List.of("groupInfo", "fromGroup", "toGroup")) m.put(k, groupInfo);
        for (String k : List.of("membership", "member", "hostMember", "byMember", "deletedMember", "groupMember", "members")) m.put(k, member);
        m.put("contactRequest", new String[] {"event-receivedContactRequest.json", "/resp/contactRequest"});
        m.put("activeConn", new String[] {"event-contactConnected.json", "/resp/contact/activeConn"});
        m.put("file", new String[] {"event-newChatItems-direct-file-offer.json", "/resp/chatItems/0/chatItem/file"});
        m.put("rcvFileTransfer", new String[] {"event-rcvFileDescrReady.json", "/resp/rcvFileTransfer"});
        m.put("contactLink", new String[] {"response-userContactLink.json", "/resp/contactLink"});
        return m;
    }

    /**
     * Checks every record inside a frame whose type the fixtures show (users, contacts, groups,
     * members, chat items, files...), wherever it appears; returns the differences found.
     */
    static List<String> knownTypeProblems(JsonNode frame) {
        List<String> problems = new ArrayList<>();
        walk("", frame, problems);
        return problems;
    }

    /**
     * Compares a whole frame with the fixture of its {@code resp.type}, when there is one
     * ({@code response-<type>.json} / {@code event-<type>.json}; for {@code newChatItems} the sent
     * and the received direct-text fixtures).
     */
    static List<String> frameProblems(JsonNode frame) {
        String type = frame.path("resp").path("type").asString("");
        boolean response = frame.has("corrId");
        String name = switch (type) {
            case "newChatItems" -> response ? "response-newChatItems-sent.json" : "event-newChatItems-direct-text.json";
            case "receivedGroupInvitation" -> "real-v6.5.4.1-event-receivedGroupInvitation.json";
            case "chatCmdError" -> null;
            default -> (response ? "response-" : "event-") + type + ".json";
        };
        List<String> problems = new ArrayList<>();
        if (name != null && Files.exists(Spec.fixture(name))) compare(name + ":", fixture(name), frame, problems);
        return problems;
    }

    private static void walk(String path, JsonNode node, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(path + "[" + i + "]", node.get(i), problems);
            return;
        }
        if (!node.isObject()) return;
        for (var e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String[] ref = TYPES_BY_FIELD.get(key);
            if (key.equals("chatItem") || key.equals("chatItem_") || key.equals("deletedChatItem") || key.equals("toChatItem")) {
                ref = value.has("chatDir") ? new String[] {"event-newChatItems-direct-text.json", "/resp/chatItems/0/chatItem"}
                        : new String[] {"event-newChatItems-direct-text.json", "/resp/chatItems/0"};
            }
            if (ref != null && !isMap(path)) {
                JsonNode expected = fixture(ref[0]).at(ref[1]);
                for (JsonNode one : value.isArray() ? value : List.of(value)) {
                    if (one.isObject()) compare(path + "." + key, expected, one, problems);
                }
            }
            walk(path + "." + key, value, problems);
        }
    }

    /** JSON objects used as maps (mentions), whose keys are data, not field names. */
    private static boolean isMap(String path) {
        return path.endsWith(".mentions");
    }
}
