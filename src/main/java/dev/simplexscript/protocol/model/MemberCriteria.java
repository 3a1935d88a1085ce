package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum MemberCriteria {
    @JsonProperty("all") ALL,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
