package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record GroupLink(
        long userContactLinkId, CreatedConnLink connLinkContact, boolean shortLinkDataSet,
        boolean shortLinkLargeDataSet, String groupLinkId, GroupMemberRole acceptMemberRole,
        @Extra Map<String, JsonNode> extra) {}
