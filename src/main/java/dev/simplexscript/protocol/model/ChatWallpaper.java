package dev.simplexscript.protocol.model;

import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Optional (null when absent): preset, imageFile, background, tint, scaleType, scale. */
@Wire
public record ChatWallpaper(
        String preset, String imageFile, String background, String tint, ChatWallpaperScale scaleType, Double scale,
        @Extra Map<String, JsonNode> extra) {}
