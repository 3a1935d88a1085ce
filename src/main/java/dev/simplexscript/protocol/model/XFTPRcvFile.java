package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): agentRcvFileId. */
@Wire
public record XFTPRcvFile(
        RcvFileDescr rcvFileDescription, String agentRcvFileId, boolean agentRcvFileDeleted, boolean userApprovedRelays,
        @Extra Map<String, JsonNode> extra) {}
