package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum GroupMemberStatus {
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("removed") REMOVED,
    @JsonProperty("left") LEFT,
    @JsonProperty("deleted") DELETED,
    @JsonEnumDefaultValue @JsonProperty("unknown") UNKNOWN,
    @JsonProperty("invited") INVITED,
    @JsonProperty("pending_approval") PENDING_APPROVAL,
    @JsonProperty("pending_review") PENDING_REVIEW,
    @JsonProperty("introduced") INTRODUCED,
    @JsonProperty("intro-inv") INTRO_INV,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("announced") ANNOUNCED,
    @JsonProperty("connected") CONNECTED,
    @JsonProperty("complete") COMPLETE,
    @JsonProperty("creator") CREATOR
}
