package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record Group(GroupInfo groupInfo, List<GroupMember> members, @Extra Map<String, JsonNode> extra) {}
