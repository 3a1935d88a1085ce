package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum CIDeleteMode {
    @JsonProperty("broadcast") BROADCAST,
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("internalMark") INTERNAL_MARK,
    @JsonProperty("history") HISTORY,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
