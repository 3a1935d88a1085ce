package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum SimplexLinkType {
    @JsonProperty("contact") CONTACT,
    @JsonProperty("invitation") INVITATION,
    @JsonProperty("group") GROUP,
    @JsonProperty("channel") CHANNEL,
    @JsonProperty("relay") RELAY,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
