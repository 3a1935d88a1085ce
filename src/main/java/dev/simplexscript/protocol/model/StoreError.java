package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface StoreError {
    @JsonTypeName("duplicateName")
    record DuplicateName(@Extra Map<String, JsonNode> extra) implements StoreError {
        public DuplicateName() { this(Map.of()); }
    }

    @JsonTypeName("userNotFound")
    record UserNotFound(long userId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("relayUserNotFound")
    record RelayUserNotFound(@Extra Map<String, JsonNode> extra) implements StoreError {
        public RelayUserNotFound() { this(Map.of()); }
    }

    @JsonTypeName("userNotFoundByName")
    record UserNotFoundByName(String contactName, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("userNotFoundByContactId")
    record UserNotFoundByContactId(long contactId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("userNotFoundByGroupId")
    record UserNotFoundByGroupId(long groupId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("userNotFoundByFileId")
    record UserNotFoundByFileId(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("userNotFoundByContactRequestId")
    record UserNotFoundByContactRequestId(long contactRequestId, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("contactNotFound")
    record ContactNotFound(long contactId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("contactNotFoundByName")
    record ContactNotFoundByName(String contactName, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("contactNotFoundByMemberId")
    record ContactNotFoundByMemberId(long groupMemberId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("contactNotReady")
    record ContactNotReady(String contactName, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("duplicateContactLink")
    record DuplicateContactLink(@Extra Map<String, JsonNode> extra) implements StoreError {
        public DuplicateContactLink() { this(Map.of()); }
    }

    @JsonTypeName("userContactLinkNotFound")
    record UserContactLinkNotFound(@Extra Map<String, JsonNode> extra) implements StoreError {
        public UserContactLinkNotFound() { this(Map.of()); }
    }

    @JsonTypeName("contactRequestNotFound")
    record ContactRequestNotFound(long contactRequestId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("contactRequestNotFoundByName")
    record ContactRequestNotFoundByName(String contactName, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("invalidContactRequestEntity")
    record InvalidContactRequestEntity(long contactRequestId, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("invalidBusinessChatContactRequest")
    record InvalidBusinessChatContactRequest(@Extra Map<String, JsonNode> extra) implements StoreError {
        public InvalidBusinessChatContactRequest() { this(Map.of()); }
    }

    @JsonTypeName("groupNotFound")
    record GroupNotFound(long groupId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupNotFoundByName")
    record GroupNotFoundByName(String groupName, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupMemberNameNotFound")
    record GroupMemberNameNotFound(long groupId, String groupMemberName, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("groupMemberNotFound")
    record GroupMemberNotFound(long groupMemberId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupMemberNotFoundByIndex")
    record GroupMemberNotFoundByIndex(long groupMemberIndex, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("memberRelationsVectorNotFound")
    record MemberRelationsVectorNotFound(long groupMemberId, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("groupHostMemberNotFound")
    record GroupHostMemberNotFound(long groupId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupMemberNotFoundByMemberId")
    record GroupMemberNotFoundByMemberId(String memberId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("memberContactGroupMemberNotFound")
    record MemberContactGroupMemberNotFound(long contactId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("invalidMemberRelationUpdate")
    record InvalidMemberRelationUpdate(@Extra Map<String, JsonNode> extra) implements StoreError {
        public InvalidMemberRelationUpdate() { this(Map.of()); }
    }

    @JsonTypeName("groupWithoutUser")
    record GroupWithoutUser(@Extra Map<String, JsonNode> extra) implements StoreError {
        public GroupWithoutUser() { this(Map.of()); }
    }

    @JsonTypeName("duplicateGroupMember")
    record DuplicateGroupMember(@Extra Map<String, JsonNode> extra) implements StoreError {
        public DuplicateGroupMember() { this(Map.of()); }
    }

    @JsonTypeName("duplicateMemberId")
    record DuplicateMemberId(@Extra Map<String, JsonNode> extra) implements StoreError {
        public DuplicateMemberId() { this(Map.of()); }
    }

    @JsonTypeName("groupAlreadyJoined")
    record GroupAlreadyJoined(@Extra Map<String, JsonNode> extra) implements StoreError {
        public GroupAlreadyJoined() { this(Map.of()); }
    }

    @JsonTypeName("groupInvitationNotFound")
    record GroupInvitationNotFound(@Extra Map<String, JsonNode> extra) implements StoreError {
        public GroupInvitationNotFound() { this(Map.of()); }
    }

    @JsonTypeName("noteFolderAlreadyExists")
    record NoteFolderAlreadyExists(long noteFolderId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("noteFolderNotFound")
    record NoteFolderNotFound(long noteFolderId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("userNoteFolderNotFound")
    record UserNoteFolderNotFound(@Extra Map<String, JsonNode> extra) implements StoreError {
        public UserNoteFolderNotFound() { this(Map.of()); }
    }

    @JsonTypeName("sndFileNotFound")
    record SndFileNotFound(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("sndFileInvalid")
    record SndFileInvalid(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("rcvFileNotFound")
    record RcvFileNotFound(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("rcvFileDescrNotFound")
    record RcvFileDescrNotFound(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("fileNotFound")
    record FileNotFound(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("rcvFileInvalid")
    record RcvFileInvalid(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("rcvFileInvalidDescrPart")
    record RcvFileInvalidDescrPart(@Extra Map<String, JsonNode> extra) implements StoreError {
        public RcvFileInvalidDescrPart() { this(Map.of()); }
    }

    @JsonTypeName("localFileNoTransfer")
    record LocalFileNoTransfer(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("sharedMsgIdNotFoundByFileId")
    record SharedMsgIdNotFoundByFileId(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("fileIdNotFoundBySharedMsgId")
    record FileIdNotFoundBySharedMsgId(String sharedMsgId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("sndFileNotFoundXFTP")
    record SndFileNotFoundXFTP(String agentSndFileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("rcvFileNotFoundXFTP")
    record RcvFileNotFoundXFTP(String agentRcvFileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("connectionNotFound")
    record ConnectionNotFound(String agentConnId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("connectionNotFoundById")
    record ConnectionNotFoundById(long connId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("connectionNotFoundByMemberId")
    record ConnectionNotFoundByMemberId(long groupMemberId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("pendingConnectionNotFound")
    record PendingConnectionNotFound(long connId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("uniqueID")
    record UniqueID(@Extra Map<String, JsonNode> extra) implements StoreError {
        public UniqueID() { this(Map.of()); }
    }

    @JsonTypeName("largeMsg")
    record LargeMsg(@Extra Map<String, JsonNode> extra) implements StoreError {
        public LargeMsg() { this(Map.of()); }
    }

    @JsonTypeName("internalError")
    record InternalError(String message, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("dBException")
    record DBException(String message, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("dBBusyError")
    record DBBusyError(String message, @Extra Map<String, JsonNode> extra) implements StoreError {}

    /** Optional (null when absent): itemTs. */
    @JsonTypeName("badChatItem")
    record BadChatItem(long itemId, String itemTs, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemNotFound")
    record ChatItemNotFound(long itemId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemNotFoundByText")
    record ChatItemNotFoundByText(String text, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemSharedMsgIdNotFound")
    record ChatItemSharedMsgIdNotFound(String sharedMsgId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemNotFoundByFileId")
    record ChatItemNotFoundByFileId(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemNotFoundByContactId")
    record ChatItemNotFoundByContactId(long contactId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("chatItemNotFoundByGroupId")
    record ChatItemNotFoundByGroupId(long groupId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("profileNotFound")
    record ProfileNotFound(long profileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("duplicateGroupLink")
    record DuplicateGroupLink(GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupLinkNotFound")
    record GroupLinkNotFound(GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("hostMemberIdNotFound")
    record HostMemberIdNotFound(long groupId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("contactNotFoundByFileId")
    record ContactNotFoundByFileId(long fileId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("noGroupSndStatus")
    record NoGroupSndStatus(long itemId, long groupMemberId, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    /** Optional (null when absent): authorGroupMemberId, forwardedByGroupMemberId. */
    @JsonTypeName("duplicateGroupMessage")
    record DuplicateGroupMessage(
            long groupId, String sharedMsgId, Long authorGroupMemberId, Long forwardedByGroupMemberId,
            @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("remoteHostNotFound")
    record RemoteHostNotFound(long remoteHostId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("remoteHostUnknown")
    record RemoteHostUnknown(@Extra Map<String, JsonNode> extra) implements StoreError {
        public RemoteHostUnknown() { this(Map.of()); }
    }

    @JsonTypeName("remoteHostDuplicateCA")
    record RemoteHostDuplicateCA(@Extra Map<String, JsonNode> extra) implements StoreError {
        public RemoteHostDuplicateCA() { this(Map.of()); }
    }

    @JsonTypeName("remoteCtrlNotFound")
    record RemoteCtrlNotFound(long remoteCtrlId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("remoteCtrlDuplicateCA")
    record RemoteCtrlDuplicateCA(@Extra Map<String, JsonNode> extra) implements StoreError {
        public RemoteCtrlDuplicateCA() { this(Map.of()); }
    }

    @JsonTypeName("prohibitedDeleteUser")
    record ProhibitedDeleteUser(long userId, long contactId, @Extra Map<String, JsonNode> extra)
            implements StoreError {}

    @JsonTypeName("operatorNotFound")
    record OperatorNotFound(long serverOperatorId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("usageConditionsNotFound")
    record UsageConditionsNotFound(@Extra Map<String, JsonNode> extra) implements StoreError {
        public UsageConditionsNotFound() { this(Map.of()); }
    }

    @JsonTypeName("userChatRelayNotFound")
    record UserChatRelayNotFound(long chatRelayId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupRelayNotFound")
    record GroupRelayNotFound(long groupRelayId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("groupRelayNotFoundByMemberId")
    record GroupRelayNotFoundByMemberId(long groupMemberId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("invalidQuote")
    record InvalidQuote(@Extra Map<String, JsonNode> extra) implements StoreError {
        public InvalidQuote() { this(Map.of()); }
    }

    @JsonTypeName("invalidMention")
    record InvalidMention(@Extra Map<String, JsonNode> extra) implements StoreError {
        public InvalidMention() { this(Map.of()); }
    }

    @JsonTypeName("invalidDeliveryTask")
    record InvalidDeliveryTask(long taskId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("deliveryTaskNotFound")
    record DeliveryTaskNotFound(long taskId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("invalidDeliveryJob")
    record InvalidDeliveryJob(long jobId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("deliveryJobNotFound")
    record DeliveryJobNotFound(long jobId, @Extra Map<String, JsonNode> extra) implements StoreError {}

    @JsonTypeName("workItemError")
    record WorkItemError(String errContext, @Extra Map<String, JsonNode> extra) implements StoreError {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements StoreError, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
