package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface RcvGroupEvent {
    @JsonTypeName("memberAdded")
    record MemberAdded(long groupMemberId, Profile profile, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("memberConnected")
    record MemberConnected(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public MemberConnected() { this(Map.of()); }
    }

    @JsonTypeName("memberAccepted")
    record MemberAccepted(long groupMemberId, Profile profile, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("userAccepted")
    record UserAccepted(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public UserAccepted() { this(Map.of()); }
    }

    @JsonTypeName("memberLeft")
    record MemberLeft(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public MemberLeft() { this(Map.of()); }
    }

    @JsonTypeName("memberRole")
    record MemberRole(long groupMemberId, Profile profile, GroupMemberRole role, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("memberBlocked")
    record MemberBlocked(long groupMemberId, Profile profile, boolean blocked, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("userRole")
    record UserRole(GroupMemberRole role, @Extra Map<String, JsonNode> extra) implements RcvGroupEvent {}

    @JsonTypeName("memberDeleted")
    record MemberDeleted(long groupMemberId, Profile profile, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("userDeleted")
    record UserDeleted(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public UserDeleted() { this(Map.of()); }
    }

    @JsonTypeName("groupDeleted")
    record GroupDeleted(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public GroupDeleted() { this(Map.of()); }
    }

    @JsonTypeName("groupUpdated")
    record GroupUpdated(GroupProfile groupProfile, @Extra Map<String, JsonNode> extra) implements RcvGroupEvent {}

    @JsonTypeName("invitedViaGroupLink")
    record InvitedViaGroupLink(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public InvitedViaGroupLink() { this(Map.of()); }
    }

    @JsonTypeName("memberCreatedContact")
    record MemberCreatedContact(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public MemberCreatedContact() { this(Map.of()); }
    }

    @JsonTypeName("memberProfileUpdated")
    record MemberProfileUpdated(Profile fromProfile, Profile toProfile, @Extra Map<String, JsonNode> extra)
            implements RcvGroupEvent {}

    @JsonTypeName("newMemberPendingReview")
    record NewMemberPendingReview(@Extra Map<String, JsonNode> extra) implements RcvGroupEvent {
        public NewMemberPendingReview() { this(Map.of()); }
    }

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements RcvGroupEvent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
