package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

@Wire
public record CryptoFileArgs(String fileKey, String fileNonce, @Extra Map<String, JsonNode> extra) {
    public CryptoFileArgs(String fileKey, String fileNonce) {
        this(fileKey, fileNonce, Map.of());
    }
}
