package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum GroupMemberRole {
    @JsonProperty("relay") RELAY,
    @JsonProperty("observer") OBSERVER,
    @JsonProperty("author") AUTHOR,
    @JsonProperty("member") MEMBER,
    @JsonProperty("moderator") MODERATOR,
    @JsonProperty("admin") ADMIN,
    @JsonProperty("owner") OWNER,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
