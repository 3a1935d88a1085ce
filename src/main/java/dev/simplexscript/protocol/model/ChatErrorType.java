package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Union
public sealed interface ChatErrorType {
    @JsonTypeName("noActiveUser")
    record NoActiveUser(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public NoActiveUser() { this(Map.of()); }
    }

    @JsonTypeName("noConnectionUser")
    record NoConnectionUser(String agentConnId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("noSndFileUser")
    record NoSndFileUser(String agentSndFileId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("noRcvFileUser")
    record NoRcvFileUser(String agentRcvFileId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("userUnknown")
    record UserUnknown(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public UserUnknown() { this(Map.of()); }
    }

    @JsonTypeName("activeUserExists")
    record ActiveUserExists(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ActiveUserExists() { this(Map.of()); }
    }

    @JsonTypeName("userExists")
    record UserExists(String contactName, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("chatRelayExists")
    record ChatRelayExists(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ChatRelayExists() { this(Map.of()); }
    }

    @JsonTypeName("differentActiveUser")
    record DifferentActiveUser(long commandUserId, long activeUserId, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("cantDeleteActiveUser")
    record CantDeleteActiveUser(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("cantDeleteLastUser")
    record CantDeleteLastUser(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("cantHideLastUser")
    record CantHideLastUser(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("hiddenUserAlwaysMuted")
    record HiddenUserAlwaysMuted(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("emptyUserPassword")
    record EmptyUserPassword(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("userAlreadyHidden")
    record UserAlreadyHidden(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("userNotHidden")
    record UserNotHidden(long userId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("invalidDisplayName")
    record InvalidDisplayName(String displayName, String validName, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("chatNotStarted")
    record ChatNotStarted(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ChatNotStarted() { this(Map.of()); }
    }

    @JsonTypeName("chatNotStopped")
    record ChatNotStopped(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ChatNotStopped() { this(Map.of()); }
    }

    @JsonTypeName("chatStoreChanged")
    record ChatStoreChanged(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ChatStoreChanged() { this(Map.of()); }
    }

    @JsonTypeName("invalidConnReq")
    record InvalidConnReq(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public InvalidConnReq() { this(Map.of()); }
    }

    @JsonTypeName("unsupportedConnReq")
    record UnsupportedConnReq(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public UnsupportedConnReq() { this(Map.of()); }
    }

    @JsonTypeName("connReqMessageProhibited")
    record ConnReqMessageProhibited(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ConnReqMessageProhibited() { this(Map.of()); }
    }

    @JsonTypeName("contactNotReady")
    record ContactNotReady(Contact contact, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("contactNotActive")
    record ContactNotActive(Contact contact, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("contactDisabled")
    record ContactDisabled(Contact contact, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("connectionDisabled")
    record ConnectionDisabled(Connection connection, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("groupUserRole")
    record GroupUserRole(GroupInfo groupInfo, GroupMemberRole requiredRole, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("groupMemberInitialRole")
    record GroupMemberInitialRole(GroupInfo groupInfo, GroupMemberRole initialRole, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("contactIncognitoCantInvite")
    record ContactIncognitoCantInvite(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ContactIncognitoCantInvite() { this(Map.of()); }
    }

    @JsonTypeName("groupIncognitoCantInvite")
    record GroupIncognitoCantInvite(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public GroupIncognitoCantInvite() { this(Map.of()); }
    }

    @JsonTypeName("groupContactRole")
    record GroupContactRole(String contactName, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("groupDuplicateMember")
    record GroupDuplicateMember(String contactName, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("groupDuplicateMemberId")
    record GroupDuplicateMemberId(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public GroupDuplicateMemberId() { this(Map.of()); }
    }

    @JsonTypeName("groupNotJoined")
    record GroupNotJoined(GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("groupMemberNotActive")
    record GroupMemberNotActive(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public GroupMemberNotActive() { this(Map.of()); }
    }

    @JsonTypeName("cantBlockMemberForSelf")
    record CantBlockMemberForSelf(
            GroupInfo groupInfo, GroupMember member, boolean setShowMessages, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("groupMemberUserRemoved")
    record GroupMemberUserRemoved(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public GroupMemberUserRemoved() { this(Map.of()); }
    }

    @JsonTypeName("groupMemberNotFound")
    record GroupMemberNotFound(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public GroupMemberNotFound() { this(Map.of()); }
    }

    @JsonTypeName("groupCantResendInvitation")
    record GroupCantResendInvitation(GroupInfo groupInfo, String contactName, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("groupInternal")
    record GroupInternal(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileNotFound")
    record FileNotFound(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileSize")
    record FileSize(String filePath, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileAlreadyReceiving")
    record FileAlreadyReceiving(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileCancelled")
    record FileCancelled(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileCancel")
    record FileCancel(long fileId, String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileAlreadyExists")
    record FileAlreadyExists(String filePath, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileWrite")
    record FileWrite(String filePath, String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileSend")
    record FileSend(long fileId, AgentErrorType agentError, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("fileRcvChunk")
    record FileRcvChunk(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileInternal")
    record FileInternal(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileImageType")
    record FileImageType(String filePath, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileImageSize")
    record FileImageSize(String filePath, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileNotReceived")
    record FileNotReceived(long fileId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("fileNotApproved")
    record FileNotApproved(long fileId, List<String> unknownServers, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("fallbackToSMPProhibited")
    record FallbackToSMPProhibited(long fileId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("inlineFileProhibited")
    record InlineFileProhibited(long fileId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("invalidForward")
    record InvalidForward(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public InvalidForward() { this(Map.of()); }
    }

    @JsonTypeName("invalidChatItemUpdate")
    record InvalidChatItemUpdate(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public InvalidChatItemUpdate() { this(Map.of()); }
    }

    @JsonTypeName("invalidChatItemDelete")
    record InvalidChatItemDelete(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public InvalidChatItemDelete() { this(Map.of()); }
    }

    @JsonTypeName("hasCurrentCall")
    record HasCurrentCall(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public HasCurrentCall() { this(Map.of()); }
    }

    @JsonTypeName("noCurrentCall")
    record NoCurrentCall(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public NoCurrentCall() { this(Map.of()); }
    }

    @JsonTypeName("callContact")
    record CallContact(long contactId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("directMessagesProhibited")
    record DirectMessagesProhibited(MsgDirection direction, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ChatErrorType {}

    @JsonTypeName("agentVersion")
    record AgentVersion(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public AgentVersion() { this(Map.of()); }
    }

    @JsonTypeName("agentNoSubResult")
    record AgentNoSubResult(String agentConnId, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("commandError")
    record CommandError(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("agentCommandError")
    record AgentCommandError(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("invalidFileDescription")
    record InvalidFileDescription(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("connectionIncognitoChangeProhibited")
    record ConnectionIncognitoChangeProhibited(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ConnectionIncognitoChangeProhibited() { this(Map.of()); }
    }

    @JsonTypeName("connectionUserChangeProhibited")
    record ConnectionUserChangeProhibited(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public ConnectionUserChangeProhibited() { this(Map.of()); }
    }

    @JsonTypeName("peerChatVRangeIncompatible")
    record PeerChatVRangeIncompatible(@Extra Map<String, JsonNode> extra) implements ChatErrorType {
        public PeerChatVRangeIncompatible() { this(Map.of()); }
    }

    @JsonTypeName("internalError")
    record InternalError(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    @JsonTypeName("exception")
    record Exception(String message, @Extra Map<String, JsonNode> extra) implements ChatErrorType {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record Unknown(String type, JsonNode raw) implements ChatErrorType, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Unknown of(ObjectNode raw) {
            return new Unknown(UnknownVariant.tagOf(raw), raw);
        }
    }
}
