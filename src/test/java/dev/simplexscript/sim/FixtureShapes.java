package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares produced frames with the spec's fixtures key by key: same keys and nesting, where a
 * key may be missing on either side only if TYPES.md marks it optional ({@code ?}).
 */
final class FixtureShapes {
    static final Path FIXTURES = Path.of("../shared/spec/fixtures");

    /** Optional fields (TYPES.md {@code ?}) that the fixtures or our frames may leave out. */
    private static final Set<String> OPTIONAL = Set.of("shortDescr", "image", "contactLink", "preferences", "peerType",
            "chatTs", "contactRequestId", "customData", "viaUserContactLink", "pqSndEnabled", "pqRcvEnabled", "quotedItem",
            "file", "fileSource", "formattedText", "itemDeleted", "itemTimed", "itemLive", "toChatItem",
            "userMemberProfileSentAt", "description", "groupPreferences", "memberContactId", "activeConn",
            "invitedByGroupMemberId", "xContactId", "userContactLinkId_", "autoAccept", "autoReply", "memberRef",
            "connShortLink", "sentViaProxy", "xftpRcvFile", "chat_", "params", "byContactId", "deletedTs", "hostContact", "memberContact",
            "businessChat", "localAlias", "commands", "timedMessages", "fullDelete", "reactions", "voice", "files", "calls", "sessions",
            "directMessages", "history",
            // group features that real v6.5.4.1 frames carry and the composed (TYPES.md) fixtures do not
            "support", "comments");

    private FixtureShapes() {}

    static JsonNode fixture(String name) {
        try {
            return Json.parse(Files.readString(FIXTURES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** JSON objects used as maps (mentions), whose keys are data, not field names. */
    private static boolean isMap(String path) {
        return path.endsWith(".mentions");
    }
}
