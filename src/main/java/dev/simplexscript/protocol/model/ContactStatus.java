package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum ContactStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("deleted") DELETED,
    @JsonProperty("deletedByUser") DELETED_BY_USER,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
