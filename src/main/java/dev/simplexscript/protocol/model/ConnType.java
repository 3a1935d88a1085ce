package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConnType {
    @JsonProperty("contact") CONTACT,
    @JsonProperty("member") MEMBER,
    @JsonProperty("user_contact") USER_CONTACT,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
