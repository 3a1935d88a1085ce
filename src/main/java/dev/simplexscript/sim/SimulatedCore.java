package dev.simplexscript.sim;

import dev.simplexscript.protocol.Frame;
import dev.simplexscript.protocol.FrameChannel;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.command.ChatCommand;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.sim.core.Core;
import dev.simplexscript.sim.core.Engine;
import dev.simplexscript.sim.core.Request;
import dev.simplexscript.sim.json.Shapes;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import dev.simplexscript.sim.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulated chat core. One core thread owns the world; client commands and people's actions
 * are queued onto it and run one at a time. Clients attach with {@link #open}; events go to one
 * client each through a bounded queue ({@link SimOptions#eventQueueSize()}).
 */
public final class SimulatedCore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SimulatedCore.class.getName());
    private static final long ACTION_TIMEOUT_SECONDS = 30;

    private final SimOptions options;
    private final Engine engine;
    private final EventQueue events;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name("sim-core").daemon().unstarted(r));
    private final List<SimConnection> connections = new ArrayList<>();
    private final java.util.Map<String, VirtualPerson> people = new java.util.concurrent.ConcurrentHashMap<>();

    private SimulatedCore(SimOptions options) {
        this.options = options;
        World world = new World(options.clock(), options.filesFolder());
        this.engine = new Engine(new Core(world, Shapes.of(options.version())), options.noise());
        this.events = new EventQueue(options.eventQueueSize());
        if (options.botName() != null) {
            User user = call(e -> world.createUser(
                    Json.object().put("displayName", options.botName()).put("fullName", "").put("peerType", "bot")));
            if (options.withAddress()) send("/_address " + user.userId);
        }
    }

    public static SimulatedCore start(SimOptions options) {
        return new SimulatedCore(options);
    }

    public SimOptions options() {
        return options;
    }

    /** Attaches a client; frames it sends are requests, frames it receives are responses and events. */
    public FrameChannel open(FrameChannel.Receiver receiver) {
        SimConnection connection = new SimConnection(this, receiver);
        synchronized (connections) {
            connections.add(connection);
        }
        events.add(connection);
        if (options.noise()) thread.execute(() -> engine.connectedEvents().forEach(this::emit));
        return connection;
    }

    void detach(SimConnection connection) {
        synchronized (connections) {
            connections.remove(connection);
        }
        events.remove(connection);
    }

    /**
     * A request frame from a client: malformed frames and unparsable commands are answered at
     * once, as the real server's reader does (§2.7); commands run in order on the core thread.
     */
    void accept(SimConnection from, String frame) {
        var incoming = Frame.Request.read(frame);
        if (incoming.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "invalid request frame: {0}", frame);
            from.deliver(event(Engine.cmdError(SimError.commandError("invalid request"))));
            return;
        }
        String corrId = incoming.get().corrId();
        ChatCommand request;
        try {
            request = Request.parse(incoming.get().cmd(), options.coreLike());
        } catch (CommandException e) {
            from.deliver(response(corrId, Engine.cmdError(SimError.commandError(e.getMessage()))));
            return;
        }
        try {
            thread.execute(() -> engine.execute(request, resp -> from.deliver(response(corrId, resp)), this::emit));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            from.deliver(response(corrId, Engine.cmdError(SimError.chat("chatNotStarted"))));
        }
    }

    private void emit(ObjectNode event) {
        try {
            events.put(event(event));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulated core stopped while an event was waiting", e);
        }
    }

    private String response(String corrId, ObjectNode resp) {
        return new Frame.Response(corrId, resp).write(options.rightWrapper());
    }

    private String event(ObjectNode resp) {
        return new Frame.Event(resp).write(options.rightWrapper());
    }

    /** Runs something on the core thread and waits for it; people's actions go through here. */
    public <T> T call(Function<Engine, T> action) {
        Future<T> result = thread.submit(() -> engine.act(() -> action.apply(engine), this::emit));
        try {
            return result.get(ACTION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("simulated core busy for " + ACTION_TIMEOUT_SECONDS
                    + " s (is a client reading events? a full event queue holds the core)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the simulated core", e);
        }
    }

    /** Runs a command as if a client sent it, for setup; its events go out as usual. */
    public ObjectNode send(String cmd) {
        ChatCommand request = Request.parse(cmd, options.coreLike());
        return call(e -> {
            ObjectNode[] resp = new ObjectNode[1];
            e.execute(request, r -> resp[0] = r, this::emit);
            return resp[0];
        });
    }

    /** The virtual person of this name (created on first use), to play the other side of chats with the bot. */
    public VirtualPerson person(String name) {
        return people.computeIfAbsent(name, n -> new VirtualPerson(this, n));
    }

    @Override
    public void close() {
        List<SimConnection> open;
        synchronized (connections) {
            open = List.copyOf(connections);
        }
        open.forEach(c -> c.closeWith("simulated core stopped"));
        thread.shutdownNow();
        events.close();
    }
}
