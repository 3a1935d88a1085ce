package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum RatchetSyncState {
    @JsonProperty("ok") OK,
    @JsonProperty("allowed") ALLOWED,
    @JsonProperty("required") REQUIRED,
    @JsonProperty("started") STARTED,
    @JsonProperty("agreed") AGREED,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
