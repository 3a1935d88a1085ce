package dev.simplexscript.client;

import tools.jackson.databind.JsonNode;

/**
 * What the client learned about a core right after connecting.
 *
 * @param version     the core's version string ({@code versionInfo.version}), or {@code "unknown"}
 *                    when the core refused or did not understand {@code /v}
 * @param versionInfo the whole {@code versionInfo} response, or {@code null} when refused
 * @param activeUser  the {@code User} object of {@code /user}, or {@code null} when the core has
 *                    no active user yet ({@code noActiveUser}) or refused the probe
 */
public record CoreInfo(String version, JsonNode versionInfo, JsonNode activeUser) {

    static final String UNKNOWN_VERSION = "unknown";

    /** Used when a connection dropped before its probe finished but already carried events. */
    static CoreInfo unprobed() {
        return new CoreInfo(UNKNOWN_VERSION, null, null);
    }

    public boolean hasActiveUser() {
        return activeUser != null;
    }

    /** One line for logs: version and the active user's display name. */
    public String describe() {
        String user = activeUser == null ? "no active user"
                : "active user " + activeUser.path("localDisplayName").asString("?")
                        + " (userId " + activeUser.path("userId").asString("?") + ")";
        return "core " + version + ", " + user;
    }
}
