package dev.simplexscript.sim.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Encoding rules shared by every builder: timestamps, version-dependent forms, tagged unions. */
public final class Encoding {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final ApiVersion version;

    public Encoding(ApiVersion version) {
        this.version = version;
    }

    public boolean v65() {
        return version == ApiVersion.V6_5;
    }

    /** UTCTime: ISO-8601 in UTC with fractional seconds, as the core writes it. */
    public static String time(Instant t) {
        return TIME.format(t);
    }

    /** {@code {"type":tag}}: a union member without fields is an object, never a bare string (§3). */
    public static ObjectNode tag(String tag) {
        return JsonNodeFactory.instance.objectNode().put("type", tag);
    }

    /**
     * {@code ConnStatus}: the TYPES.md string ({@code "snd-ready"}) in v6.4, a tagged object with a
     * camelCase tag ({@code {"type":"sndReady"}}) in v6.5.
     */
    public JsonNode connStatus(String status) {
        if (!v65()) return StringNode.valueOf(status);
        return tag(status.equals("snd-ready") ? "sndReady" : status);
    }

    public static ObjectNode versionRange() {
        return JsonNodeFactory.instance.objectNode().put("minVersion", 1).put("maxVersion", 16);
    }

    public static ObjectNode chatSettings() {
        return JsonNodeFactory.instance.objectNode().put("enableNtfs", "all").put("favorite", false);
    }
}
