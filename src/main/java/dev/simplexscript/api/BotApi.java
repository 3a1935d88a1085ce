package dev.simplexscript.api;

import dev.simplexscript.api.nouns.AddressApi;
import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.nouns.CoreApi;
import dev.simplexscript.api.nouns.FilesApi;
import dev.simplexscript.api.nouns.GroupApi;
import dev.simplexscript.api.nouns.LinkApi;
import dev.simplexscript.api.nouns.MessagesApi;
import dev.simplexscript.api.nouns.ProfileApi;
import dev.simplexscript.api.nouns.Send;
import dev.simplexscript.api.nouns.UserApi;
import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Plain;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The script API over one core: the global objects a script sees, the objects its event handlers
 * receive, and bot-command support. The language adapters expose {@link #globals()} as is;
 * {@code send} is the one callable object (its exported {@code call(Object...)} becomes a function).
 */
public final class BotApi {
    /** Core event type to the event shortcuts ({@code on.message}, ...) it feeds. */
    public static final Map<String, List<String>> SUGAR_BY_EVENT = EventSugar.SUGAR_BY_EVENT;
    /** Event shortcut to the core event types that feed it. */
    public static final Map<String, Set<String>> EVENTS_BY_SUGAR = EventSugar.EVENTS_BY_SUGAR;

    private final CoreSession session;
    private final ChatActions actions;
    private final ProfileApi profile;
    private final Map<String, Object> globals;
    private final Map<String, Object> trustedGlobals;

    public BotApi(CoreGateway core) {
        this.session = new CoreSession(core);
        this.actions = new ChatActions(session);
        this.profile = new ProfileApi(session);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("send", new Send(actions));
        g.put("address", new AddressApi(actions));
        g.put("contacts", new ContactsApi(actions));
        g.put("group", new GroupApi(actions));
        g.put("link", new LinkApi(actions));
        g.put("messages", new MessagesApi(actions));
        g.put("files", new FilesApi(actions));
        g.put("user", new UserApi(session));
        g.put("profile", profile);
        g.put("core", new CoreApi(session, false));
        this.globals = Collections.unmodifiableMap(g);
        Map<String, Object> trusted = new LinkedHashMap<>(g);
        trusted.put("core", new CoreApi(session, true));
        this.trustedGlobals = Collections.unmodifiableMap(trusted);
    }

    /** The globals of a trusted script: {@code core.command} sends any single-line command. */
    public Map<String, Object> trustedGlobals() {
        return trustedGlobals;
    }

    /** The script-visible objects by global name: send, address, contacts, group, link, messages, files, user, profile, core. */
    public Map<String, Object> globals() {
        return globals;
    }

    /**
     * The objects handlers of one event shortcut receive for one event: a Message per received
     * message ({@code message}, {@code file}), a Contact ({@code contact}), a ContactRequest, a
     * GroupInvite, a Member with its group ({@code memberJoined}), a Reaction. Empty when the event
     * does not feed that shortcut.
     *
     * @throws IllegalArgumentException for an unknown shortcut name
     */
    public List<Object> wrap(String sugarName, JsonNode event) {
        return EventSugar.wrap(actions, sugarName, event);
    }

    /** The bot command in a message text, if it is one. */
    public static Optional<CommandCall> parseCommand(String text) {
        return CommandCall.parse(text);
    }

    /**
     * Sets the bot's command menu ({@code preferences.commands} of the active user's profile),
     * keeping the rest of the profile. Resolves to the response map.
     */
    public CompletableFuture<Object> publishCommands(List<CommandInfo> commands) {
        ArrayNode menu = JsonNodeFactory.instance.arrayNode();
        for (CommandInfo c : commands) {
            var entry = menu.addObject().put("type", "command").put("keyword", c.keyword()).put("label", c.label());
            if (c.params() != null) entry.put("params", c.params());
        }
        return Futures.script(profile.modify(p -> {
            p.withObjectProperty("preferences").set("commands", menu);
            return p;
        }), Plain::map);
    }

    /** Forgets the cached active user, e.g. after the core reconnected (it may be another core or user). */
    public void forgetUser() {
        session.forgetUser();
    }
}
