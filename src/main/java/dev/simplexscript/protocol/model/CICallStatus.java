package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum CICallStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("missed") MISSED,
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("negotiated") NEGOTIATED,
    @JsonProperty("progress") PROGRESS,
    @JsonProperty("ended") ENDED,
    @JsonProperty("error") ERROR,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
