package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum MsgDecryptError {
    @JsonProperty("ratchetHeader") RATCHET_HEADER,
    @JsonProperty("tooManySkipped") TOO_MANY_SKIPPED,
    @JsonProperty("ratchetEarlier") RATCHET_EARLIER,
    @JsonProperty("other") OTHER,
    @JsonProperty("ratchetSync") RATCHET_SYNC,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
