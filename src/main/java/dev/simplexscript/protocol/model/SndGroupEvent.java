package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface SndGroupEvent {
    @JsonTypeName("memberRole")
    record MemberRole(long groupMemberId, Profile profile, GroupMemberRole role, @Extra Map<String, JsonNode> extra)
            implements SndGroupEvent {}

    @JsonTypeName("memberBlocked")
    record MemberBlocked(long groupMemberId, Profile profile, boolean blocked, @Extra Map<String, JsonNode> extra)
            implements SndGroupEvent {}

    @JsonTypeName("userRole")
    record UserRole(GroupMemberRole role, @Extra Map<String, JsonNode> extra) implements SndGroupEvent {}

    @JsonTypeName("memberDeleted")
    record MemberDeleted(long groupMemberId, Profile profile, @Extra Map<String, JsonNode> extra)
            implements SndGroupEvent {}

    @JsonTypeName("userLeft")
    record UserLeft(@Extra Map<String, JsonNode> extra) implements SndGroupEvent {
        public UserLeft() { this(Map.of()); }
    }

    @JsonTypeName("groupUpdated")
    record GroupUpdated(GroupProfile groupProfile, @Extra Map<String, JsonNode> extra) implements SndGroupEvent {}

    @JsonTypeName("memberAccepted")
    record MemberAccepted(long groupMemberId, Profile profile, @Extra Map<String, JsonNode> extra)
            implements SndGroupEvent {}

    @JsonTypeName("userPendingReview")
    record UserPendingReview(@Extra Map<String, JsonNode> extra) implements SndGroupEvent {
        public UserPendingReview() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements SndGroupEvent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
