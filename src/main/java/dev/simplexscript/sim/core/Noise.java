package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.Encoding;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events a real core sends that no bot action caused, mixed into a step's events when the
 * simulator runs with noise: relay hosts connecting, subscriptions changing, agent errors and
 * message errors ("there will be many error events", EVENTS.md), and the progress and warning
 * events of file transfers. They come in a fixed rotation, so a test run is reproducible.
 */
final class Noise {
    private static final String RELAY = "smp://simulated@smp.localhost";
    private static final int EVERY = 3;
    private final Core core;
    private long steps;

    Noise(Core core) {
        this.core = core;
    }

    /** What a client hears right after connecting: its relays come up and its queues subscribe. */
    List<ObjectNode> connected() {
        return List.of(host("hostConnected", "smp"), host("hostConnected", "xftp"), subscription("active"));
    }

    /** {@code events} with noise mixed in: file noise next to the transfers, one more every {@value #EVERY} steps. */
    List<ObjectNode> mix(List<ObjectNode> events) {
        List<ObjectNode> out = new ArrayList<>(events.size() + 2);
        for (ObjectNode event : events) {
            String type = event.path("type").asString("");
            if (type.equals("rcvFileComplete")) out.add(rcvFileWarning(event));
            out.add(event);
            if (type.equals("newChatItems")) out.addAll(sentFiles(event));
        }
        if (steps++ % EVERY == EVERY - 1) out.addAll(rotation((steps / EVERY) % 4));
        return out;
    }

    private List<ObjectNode> rotation(long turn) {
        return switch ((int) turn) {
            case 0 -> List.of(subscription("pending"), subscription("active"));
            case 1 -> core.world.activeUser().map(this::messageError).stream().toList();
            case 2 -> List.of(chatErrors());
            default -> List.of(host("hostDisconnected", "smp"), host("hostConnected", "smp"));
        };
    }

    private static ObjectNode host(String type, String protocol) {
        return Json.object().put("type", type).put("protocol", protocol).put("transportHost", protocol + ".localhost");
    }

    private static ObjectNode subscription(String status) {
        ObjectNode n = Json.object().put("type", "subscriptionStatus").put("server", RELAY);
        n.set("subscriptionStatus", Encoding.tag(status));
        n.set("connections", Json.MAPPER.createArrayNode().add("c2ltdWxhdGVk"));
        return n;
    }

    private ObjectNode messageError(dev.simplexscript.sim.world.User user) {
        ObjectNode n = Json.object().put("type", "messageError");
        n.set("user", core.shapes.users().user(user));
        return n.put("severity", "warning").put("errorMessage", "duplicate message (simulated)");
    }

    private static ObjectNode chatErrors() {
        ObjectNode agent = Json.object().put("type", "errorAgent");
        agent.set("agentError", Encoding.tag("BROKER").put("brokerAddress", RELAY).set("brokerErr", Encoding.tag("TIMEOUT")));
        ObjectNode n = Json.object().put("type", "chatErrors");
        n.set("chatErrors", Json.MAPPER.createArrayNode().add(agent));
        return n;
    }

    /** A file server that was slow once: the transfer goes on and completes. */
    private static ObjectNode rcvFileWarning(ObjectNode complete) {
        ObjectNode n = Json.object().put("type", "rcvFileWarning");
        n.set("user", complete.path("user"));
        n.set("chatItem_", complete.path("chatItem"));
        n.set("agentError", Encoding.tag("BROKER").put("brokerAddress", "xftp://simulated@xftp.localhost").set("brokerErr", Encoding.tag("TIMEOUT")));
        n.set("rcvFileTransfer", Json.object().put("fileId", complete.at("/chatItem/chatItem/file/fileId").asLong()));
        return n;
    }

    /** Upload progress and completion of the files the user just sent, as XFTP reports them. */
    private static List<ObjectNode> sentFiles(ObjectNode newItems) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode aItem : newItems.path("chatItems")) {
            JsonNode file = aItem.path("chatItem").path("file");
            if (!file.isObject() || !aItem.at("/chatItem/chatDir/type").asString("").endsWith("Snd")) continue;
            ObjectNode meta = Json.object().put("fileId", file.path("fileId").asLong()).put("fileName", file.path("fileName").asString(""))
                    .put("fileSize", file.path("fileSize").asLong()).put("chunkSize", 65536).put("cancelled", false);
            ObjectNode progress = Json.object().put("type", "sndFileProgressXFTP");
            progress.set("user", newItems.path("user"));
            progress.set("chatItem_", aItem);
            progress.set("fileTransferMeta", meta);
            progress.put("sentSize", file.path("fileSize").asLong() / 2).put("totalSize", file.path("fileSize").asLong());
            ObjectNode complete = Json.object().put("type", "sndFileCompleteXFTP");
            complete.set("user", newItems.path("user"));
            complete.set("chatItem", aItem);
            complete.set("fileTransferMeta", meta);
            out.add(progress);
            out.add(complete);
        }
        return out;
    }
}
