package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum RelayStatus {
    @JsonProperty("new") NEW,
    @JsonProperty("invited") INVITED,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("active") ACTIVE,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
