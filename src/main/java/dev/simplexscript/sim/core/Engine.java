package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.ChatKey;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs commands and people's actions, one at a time, on the core thread: the handler's response
 * (or its {@code chatCmdError}), then the background steps and the events they caused.
 */
public final class Engine {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private final Core core;
    private final AfterResponse after = new AfterResponse();
    private final Map<String, Handler> handlers = new HashMap<>();
    public final MessageFlow messages;
    public final ContactFlow contacts;
    public final GroupFlow groups;
    public final PeerFlow peers;

    public Engine(Core core) {
        this.core = core;
        this.messages = new MessageFlow(core);
        this.groups = new GroupFlow(core, messages);
        this.contacts = new ContactFlow(core, messages, groups);
        this.peers = new PeerFlow(core, messages);
        ContactCommands contactCommands = new ContactCommands(core, contacts, groups, after);
        GroupCommands groupCommands = new GroupCommands(core, groups, after);
        new UserCommands(core).register(handlers);
        new AddressCommands(core).register(handlers);
        new MessageCommands(core, messages, after).register(handlers);
        new FileCommands(core, after).register(handlers);
        groupCommands.register(handlers);
        new GroupLinkCommands(core).register(handlers);
        contactCommands.register(handlers);
        handlers.put("APIDeleteChat", p -> {
            User user = core.active();
            ChatKey chat = Chats.ref(user, p.path("chatRef"));
            String mode = p.path("chatDeleteMode").path("type").asString();
            return chat.group() ? groupCommands.deleteGroup(user, user.group(chat.id()), mode)
                    : contactCommands.deleteContact(user, user.contact(chat.id()), mode);
        });
    }

    public Core core() {
        return core;
    }

    /**
     * Executes one command; {@code respond} gets the response before the events are released to
     * {@code events}. Any failure becomes a {@code chatCmdError}, never a crash.
     */
    public void execute(Request request, Consumer<ObjectNode> respond, Consumer<ObjectNode> events) {
        Handler handler = handlers.get(request.name());
        ObjectNode resp;
        try {
            if (handler == null) throw SimError.commandError("the simulated core does not implement " + request.name());
            resp = handler.handle(request.params());
        } catch (SimError e) {
            after.clear();
            core.drainEvents();
            resp = cmdError(e);
        } catch (RuntimeException e) {
            after.clear();
            core.drainEvents();
            resp = cmdError(SimError.chat("internalError", Json.object().put("message", e.toString())));
        }
        respond.accept(resp);
        try {
            after.run();
        } catch (RuntimeException e) {
            // The response is out; a failing background step must not take the core thread down.
            LOG.log(System.Logger.Level.ERROR, "background step of " + request.name() + " failed", e);
            after.clear();
        }
        core.drainEvents().forEach(events);
    }

    /** Runs an action of a virtual person; its events go out in order. */
    public <T> T act(java.util.function.Supplier<T> action, Consumer<ObjectNode> events) {
        try {
            T result = action.get();
            after.run();
            return result;
        } finally {
            after.clear();
            core.drainEvents().forEach(events);
        }
    }

    public static ObjectNode cmdError(SimError e) {
        ObjectNode resp = Json.object().put("type", "chatCmdError");
        resp.set("chatError", e.chatError());
        return resp;
    }
}
