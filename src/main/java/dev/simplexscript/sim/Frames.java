package dev.simplexscript.sim;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.core.Engine;
import dev.simplexscript.sim.world.SimError;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The WebSocket envelope (§2.3–2.6): reading requests, writing responses and events. */
final class Frames {
    /** A decoded request frame. */
    record Incoming(String corrId, String cmd) {}

    private final boolean rightWrapper;

    Frames(boolean rightWrapper) {
        this.rightWrapper = rightWrapper;
    }

    /** The request, or empty when the frame is not {@code {corrId: string, cmd: string}}. */
    static Optional<Incoming> decode(String frame) {
        JsonNode node;
        try {
            node = Json.parse(frame);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.path("corrId").isString() || !node.path("cmd").isString()) return Optional.empty();
        return Optional.of(new Incoming(node.get("corrId").stringValue(), node.get("cmd").stringValue()));
    }

    /** The corrId-less answer to a frame that is not a request. */
    String invalidRequest() {
        return event(Engine.cmdError(SimError.commandError("invalid request")));
    }

    String response(String corrId, ObjectNode resp) {
        ObjectNode frame = Json.object().put("corrId", corrId);
        frame.set("resp", wrap(resp));
        return Json.write(frame);
    }

    String event(ObjectNode resp) {
        ObjectNode frame = Json.object();
        frame.set("resp", wrap(resp));
        return Json.write(frame);
    }

    /** The aeson {@code Either} encoding some builds may send (§2.6): errors Left, the rest Right. */
    private JsonNode wrap(ObjectNode resp) {
        if (!rightWrapper) return resp;
        ObjectNode wrapped = Json.object();
        wrapped.set(resp.path("type").asString("").equals("chatCmdError") ? "Left" : "Right", resp);
        return wrapped;
    }
}
