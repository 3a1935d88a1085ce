package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.Shapes;
import dev.simplexscript.sim.world.User;
import dev.simplexscript.sim.world.World;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every handler works with: the world, the JSON builders, and the events the current step
 * produced. Events are collected and released after the step's response, so a command's answer
 * reaches its client before the events it caused.
 */
public final class Core {
    public final World world;
    public final Shapes shapes;
    private final List<ObjectNode> events = new ArrayList<>();

    public Core(World world, Shapes shapes) {
        this.world = world;
        this.shapes = shapes;
    }

    /** An event ({@code resp} of a corrId-less frame). */
    public void emit(ObjectNode event) {
        events.add(event);
    }

    /** The events of the current step, in order; the list is cleared. */
    public List<ObjectNode> drainEvents() {
        List<ObjectNode> out = List.copyOf(events);
        events.clear();
        return out;
    }

    /** {@code {"type":type,"user":<User>}}, the start of most responses and events. */
    public ObjectNode resp(String type, User user) {
        ObjectNode n = Json.object().put("type", type);
        n.set("user", shapes.users().user(user));
        return n;
    }

    public User active() {
        return world.requireActiveUser();
    }

    /** The user named by a command's {@code userId}, which must exist. */
    public User user(long userId) {
        world.requireActiveUser();
        return world.user(userId);
    }
}
