package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): privateSndFileDescr, cryptoArgs. */
@Wire
public record XFTPSndFile(
        String agentSndFileId, String privateSndFileDescr, boolean agentSndFileDeleted, CryptoFileArgs cryptoArgs,
        @Extra Map<String, JsonNode> extra) {}
