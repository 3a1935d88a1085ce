package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum GroupMemberCategory {
    @JsonProperty("user") USER,
    @JsonProperty("invitee") INVITEE,
    @JsonProperty("host") HOST,
    @JsonProperty("pre") PRE,
    @JsonProperty("post") POST,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
