package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.simplexscript.protocol.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element of the {@code groupsList} response. v6.4 sends {@code {groupInfo, groupSummary}};
 * newer cores send the {@link GroupInfo} itself, which then carries its own {@code groupSummary}
 * (PROTOCOL.md §4.1, command 34). Both decode to this record, and the shape received is the shape
 * written back.
 *
 * @param groupSummary the member count; null only when a core sends neither form of it
 * @param flat true for the newer shape (a bare GroupInfo)
 * @param extra fields of the v6.4 wrapper object that the model does not name
 */
public record GroupInfoSummary(
        GroupInfo groupInfo, GroupSummary groupSummary, boolean flat, Map<String, JsonNode> extra) {

    /** The v6.4 shape. */
    public GroupInfoSummary(GroupInfo groupInfo, GroupSummary groupSummary) {
        this(groupInfo, groupSummary, false, Map.of());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static GroupInfoSummary of(ObjectNode node) {
        if (!node.has("groupInfo")) {
            GroupInfo info = Json.convert(node, GroupInfo.class);
            return new GroupInfoSummary(info, info.groupSummary(), true, Map.of());
        }
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        node.properties().forEach(e -> extra.put(e.getKey(), e.getValue()));
        extra.remove("groupInfo");
        extra.remove("groupSummary");
        JsonNode summary = node.get("groupSummary");
        return new GroupInfoSummary(Json.convert(node.get("groupInfo"), GroupInfo.class),
                summary == null || summary.isNull() ? null : Json.convert(summary, GroupSummary.class), false, extra);
    }

    @JsonValue
    JsonNode toJson() {
        if (flat) return Json.tree(groupInfo);
        ObjectNode out = Json.object();
        out.set("groupInfo", Json.tree(groupInfo));
        if (groupSummary != null) out.set("groupSummary", Json.tree(groupSummary));
        extra.forEach(out::set);
        return out;
    }
}
