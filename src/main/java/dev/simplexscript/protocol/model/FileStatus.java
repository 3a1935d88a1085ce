package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum FileStatus {
    @JsonProperty("new") NEW,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("connected") CONNECTED,
    @JsonProperty("complete") COMPLETE,
    @JsonProperty("cancelled") CANCELLED,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
