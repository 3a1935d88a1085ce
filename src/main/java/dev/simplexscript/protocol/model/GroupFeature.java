package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum GroupFeature {
    @JsonProperty("timedMessages") TIMED_MESSAGES,
    @JsonProperty("directMessages") DIRECT_MESSAGES,
    @JsonProperty("fullDelete") FULL_DELETE,
    @JsonProperty("reactions") REACTIONS,
    @JsonProperty("voice") VOICE,
    @JsonProperty("files") FILES,
    @JsonProperty("simplexLinks") SIMPLEX_LINKS,
    @JsonProperty("reports") REPORTS,
    @JsonProperty("history") HISTORY,
    @JsonProperty("sessions") SESSIONS,
    /** A value this version does not know (decoding never fails on new values). */
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN
}
