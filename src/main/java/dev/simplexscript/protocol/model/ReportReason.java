package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum ReportReason {
    @JsonProperty("spam") SPAM,
    @JsonProperty("content") CONTENT,
    @JsonProperty("community") COMMUNITY,
    @JsonProperty("profile") PROFILE,
    @JsonProperty("other") OTHER,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
