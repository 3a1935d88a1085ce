package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): light, dark. */
@Wire
public record UIThemeEntityOverrides(
        UIThemeEntityOverride light, UIThemeEntityOverride dark, @Extra Map<String, JsonNode> extra) {}
