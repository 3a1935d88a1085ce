package dev.simplexscript.api.objects;

import dev.simplexscript.api.values.Plain;
import java.util.Map;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;

/** The bot's contact address (PROTOCOL.md §7.5 UserContactLink, or the CreatedConnLink of a new one). */
public final class Address {
    /** The link to share: the short link when there is one, else the full link. */
    @Export public final String link;
    @Export public final String fullLink;
    @Export public final String shortLink;
    /** AddressSettings ({@code businessAddress}, {@code autoAccept}, {@code autoReply}); null for a just created address. */
    @Export public final Map<String, Object> settings;
    /** Requests are accepted automatically. */
    @Export public final boolean autoAccept;
    /** The welcome message (MsgContent) sent to new contacts, or null. */
    @Export public final Map<String, Object> welcome;
    /** Each customer gets a business chat (a group). */
    @Export public final boolean business;
    @Export public final Map<String, Object> raw;

    /** @param connLink the CreatedConnLink; {@code contactLink} the UserContactLink or null */
    Address(JsonNode connLink, JsonNode contactLink) {
        this.fullLink = Plain.text(connLink.path("connFullLink"));
        this.shortLink = Plain.text(connLink.path("connShortLink"));
        this.link = shortLink != null ? shortLink : fullLink;
        JsonNode settingsJson = contactLink == null ? null : contactLink.path("addressSettings");
        this.settings = Plain.map(settingsJson);
        this.autoAccept = settingsJson != null && settingsJson.path("autoAccept").isObject();
        this.welcome = settingsJson == null ? null : Plain.map(settingsJson.path("autoReply"));
        this.business = settingsJson != null && settingsJson.path("businessAddress").asBoolean(false);
        this.raw = Plain.map(contactLink != null ? contactLink : connLink);
    }

    @Override
    public String toString() {
        return "address " + link;
    }
}
