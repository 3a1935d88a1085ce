package dev.simplexscript.api.nouns;

import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Args;
import dev.simplexscript.api.values.Composer;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.protocol.command.APICreateMyAddress;
import dev.simplexscript.protocol.command.APIDeleteMyAddress;
import dev.simplexscript.protocol.command.APISetAddressSettings;
import dev.simplexscript.protocol.command.APISetProfileAddress;
import dev.simplexscript.protocol.command.APIShowMyAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess.Export;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** The global {@code address}: the bot's contact address and its settings. */
public final class AddressApi {
    private final ChatActions actions;
    private final CoreSession session;

    public AddressApi(ChatActions actions) {
        this.actions = actions;
        this.session = actions.session();
    }

    /** The address with its settings, or null when the bot has none. */
    @Export
    public CompletableFuture<Object> get() {
        return Futures.script(current(), link -> link == null ? null : actions.address(link.path("connLinkContact"), link));
    }

    /** Creates the address; resolves to it (settings are not set yet). */
    @Export
    public CompletableFuture<Object> create() {
        return Futures.script(session.runForUser(APICreateMyAddress::new, "userContactLinkCreated"),
                resp -> actions.address(resp.path("connLinkContact"), null));
    }

    @Export
    public CompletableFuture<Object> delete() {
        return Futures.script(session.runForUser(APIDeleteMyAddress::new, "userContactLinkDeleted"), Plain::map);
    }

    /** Puts the address into the bot's profile, so contacts can pass it on. */
    @Export
    public CompletableFuture<Object> shareInProfile() {
        return shareInProfile(true);
    }

    @Export
    public CompletableFuture<Object> shareInProfile(Object enable) {
        boolean on = Args.bool("address.shareInProfile: enable", enable, true);
        return Futures.script(session.runForUser(user -> new APISetProfileAddress(user, on), "userProfileUpdated", "userProfileNoChange"),
                Plain::map);
    }

    /**
     * Changes the given settings and keeps the others (the core replaces them all, so the current
     * ones are read first): {@code autoAccept} (true, false or {@code {acceptIncognito}}),
     * {@code welcome} (text or content; null removes it), {@code business} (true or false).
     */
    @Export
    public CompletableFuture<Object> settings(Object changes) {
        Map<String, Object> given = Args.options("address.settings", changes, "autoAccept", "welcome", "business");
        // Checked before anything is sent; a null value means "remove".
        ObjectNode update = Args.params();
        if (given.containsKey("business")) update.put("businessAddress", Args.bool("address.settings: business", given.get("business"), false));
        if (given.containsKey("autoAccept")) update.set("autoAccept", autoAccept(given.get("autoAccept")));
        if (given.containsKey("welcome")) {
            Object welcome = given.get("welcome");
            update.set("autoReply", welcome == null ? NullNode.instance : Composer.content("address.settings: welcome", welcome));
        }
        return Futures.script(current().thenCompose(link -> {
            JsonNode now = link == null ? Args.params() : link.path("addressSettings");
            // The core's field order: businessAddress, autoAccept, autoReply.
            ObjectNode settings = Args.params().put("businessAddress", now.path("businessAddress").asBoolean(false));
            for (String key : new String[] {"autoAccept", "autoReply"}) {
                if (now.path(key).isObject()) settings.set(key, now.get(key));
            }
            update.properties().forEach(e -> {
                if (e.getValue().isNull()) settings.remove(e.getKey());
                else settings.set(e.getKey(), e.getValue());
            });
            return session.runForUser(user -> new APISetAddressSettings(user, settings), "userContactLinkUpdated");
        }), resp -> {
            JsonNode link = resp.path("contactLink");
            return actions.address(link.path("connLinkContact"), link);
        });
    }

    /** The UserContactLink, or null when there is no address. */
    private CompletableFuture<JsonNode> current() {
        return Futures.nullOnChatError(session.runForUser(APIShowMyAddress::new, "userContactLink"), "userContactLinkNotFound")
                .thenApply(resp -> resp == null ? null : resp.path("contactLink"));
    }

    private static JsonNode autoAccept(Object value) {
        if (value instanceof Map<?, ?>) return Args.object("address.settings: autoAccept", value);
        return Args.bool("address.settings: autoAccept", value, false) ? Args.params().put("acceptIncognito", false) : NullNode.instance;
    }
}
