package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum Color {
    @JsonProperty("black") BLACK,
    @JsonProperty("red") RED,
    @JsonProperty("green") GREEN,
    @JsonProperty("yellow") YELLOW,
    @JsonProperty("blue") BLUE,
    @JsonProperty("magenta") MAGENTA,
    @JsonProperty("cyan") CYAN,
    @JsonProperty("white") WHITE,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
