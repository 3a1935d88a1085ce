package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): fileSource. */
@Wire
public record CIFile(
        long fileId, String fileName, long fileSize, CryptoFile fileSource, CIFileStatus fileStatus,
        FileProtocol fileProtocol, @Extra Map<String, JsonNode> extra) {}
