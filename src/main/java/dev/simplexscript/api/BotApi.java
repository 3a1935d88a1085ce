package dev.simplexscript.api;

import dev.simplexscript.api.nouns.AddressApi;
import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.nouns.CoreApi;
import dev.simplexscript.api.nouns.FilesApi;
import dev.simplexscript.api.nouns.GroupApi;
import dev.simplexscript.api.nouns.LinkApi;
import dev.simplexscript.api.nouns.MessagesApi;
import dev.simplexscript.api.nouns.ProfileApi;
import dev.simplexscript.api.nouns.SendFunction;
import dev.simplexscript.api.nouns.UserApi;
import dev.simplexscript.api.objects.ChatActions;
import dev.simplexscript.api.session.CoreSession;
import dev.simplexscript.api.session.Futures;
import dev.simplexscript.api.values.Plain;
import dev.simplexscript.client.CoreGateway;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final CoreSession session;
    private final ChatActions actions;
    private final ProfileApi profile;
    private final Map<String, Object> globals;

    /** The API of a sandboxed script (see {@link #BotApi(CoreGateway, boolean)}). */
    public BotApi(CoreGateway core) {
        this(core, false);
    }

    /**
     * The API of one script over its line to the core. {@code trusted} (the user's {@code --trusted}
     * for this script) lets {@code core.command} send any single-line command; otherwise it takes
     * the 42 and the chat-state list of {@link CoreApi#CHAT_STATE}.
     */
    public BotApi(CoreGateway core, boolean trusted) {
        this.session = new CoreSession(core);
        this.actions = new ChatActions(session);
        this.profile = new ProfileApi(session);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("send", new SendFunction(actions));
        g.put("address", new AddressApi(actions));
        g.put("contacts", new ContactsApi(actions));
        g.put("group", new GroupApi(actions));
        g.put("link", new LinkApi(actions));
        g.put("messages", new MessagesApi(actions));
        g.put("files", new FilesApi(actions));
        g.put("user", new UserApi(session));
        g.put("profile", profile);
        g.put("core", new CoreApi(session, trusted));
        this.globals = Collections.unmodifiableMap(g);
    }

    /** The script-visible objects by global name: send, address, contacts, group, link, messages, files, user, profile, core. */
    public Map<String, Object> globals() {
        return globals;
    }

    /**
     * One core event (the {@code resp} of a frame without corrId) as every script sees it: made
     * once per event, shared by all scripts, its objects built when a script first asks.
     */
    public EventView view(JsonNode event) {
        return new EventView(event, actions);
    }

    /**
     * Sets the bot's command menu ({@code preferences.commands} of the active user's profile),
     * keeping the rest of the profile. Resolves to the response map.
     */
    public CompletableFuture<Object> publishCommands(List<CommandInfo> commands) {
        ArrayNode menu = JsonNodeFactory.instance.arrayNode();
        for (CommandInfo c : commands) {
            menu.addObject().put("type", "command").put("keyword", c.name()).put("label", c.label());
        }
        return Futures.script(profile.modify(p -> {
            p.withObjectProperty("preferences").set("commands", menu);
            return p;
        }), Plain::map);
    }

    /**
     * Runs guest code of the script this API belongs to: whatever API object it calls, a shared
     * event's {@code Message} included, sends through this API's line to the core.
     */
    public void actAs(Runnable body) {
        actions.actAs(body);
    }

    /** Forgets the cached active user, e.g. after the core reconnected (it may be another core or user). */
    public void forgetUser() {
        session.forgetUser();
    }
}
