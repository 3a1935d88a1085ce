package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): wallpaper. */
@Wire
public record UIThemeEntityOverride(
        UIColorMode mode, ChatWallpaper wallpaper, UIColors colors, @Extra Map<String, JsonNode> extra) {}
