package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): cryptoArgs. */
@Wire
public record CryptoFile(String filePath, CryptoFileArgs cryptoArgs, @Extra Map<String, JsonNode> extra) {
    public CryptoFile(String filePath, CryptoFileArgs cryptoArgs) {
        this(filePath, cryptoArgs, Map.of());
    }
}
