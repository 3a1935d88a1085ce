package dev.simplexscript.protocol.response;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.ACIReaction;
import dev.simplexscript.protocol.model.AChat;
import dev.simplexscript.protocol.model.AChatItem;
import dev.simplexscript.protocol.model.ChatError;
import dev.simplexscript.protocol.model.ChatItemDeletion;
import dev.simplexscript.protocol.model.Contact;
import dev.simplexscript.protocol.model.CreatedConnLink;
import dev.simplexscript.protocol.model.FileTransferMeta;
import dev.simplexscript.protocol.model.Group;
import dev.simplexscript.protocol.model.GroupInfo;
import dev.simplexscript.protocol.model.GroupInfoSummary;
import dev.simplexscript.protocol.model.GroupMember;
import dev.simplexscript.protocol.model.GroupMemberRole;
import dev.simplexscript.protocol.model.PendingContactConnection;
import dev.simplexscript.protocol.model.Profile;
import dev.simplexscript.protocol.model.RcvFileTransfer;
import dev.simplexscript.protocol.model.SndFileTransfer;
import dev.simplexscript.protocol.model.UnknownVariant;
import dev.simplexscript.protocol.model.User;
import dev.simplexscript.protocol.model.UserContactRequest;
import dev.simplexscript.protocol.model.UserInfo;
import dev.simplexscript.protocol.model.UserProfileUpdateSummary;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to one command (the resp of a frame with a corrId), PROTOCOL.md §5; unknown tags
 * become UnknownResponse.
 */
@Union
public sealed interface ChatResponse {
    @JsonTypeName("activeUser")
    record ActiveUser(User user, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("usersList")
    record UsersList(List<UserInfo> users, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): user_. */
    @JsonTypeName("cmdOk")
    record CmdOk(User user_, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("chatStarted")
    record ChatStarted(@Extra Map<String, JsonNode> extra) implements ChatResponse {
        public ChatStarted() { this(Map.of()); }
    }

    @JsonTypeName("chatRunning")
    record ChatRunning(@Extra Map<String, JsonNode> extra) implements ChatResponse {
        public ChatRunning() { this(Map.of()); }
    }

    @JsonTypeName("chatStopped")
    record ChatStopped(@Extra Map<String, JsonNode> extra) implements ChatResponse {
        public ChatStopped() { this(Map.of()); }
    }

    @JsonTypeName("userContactLinkCreated")
    record UserContactLinkCreated(User user, CreatedConnLink connLinkContact, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("userContactLinkDeleted")
    record UserContactLinkDeleted(User user, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("userContactLink")
    record UserContactLink(
            User user, dev.simplexscript.protocol.model.UserContactLink contactLink, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("userContactLinkUpdated")
    record UserContactLinkUpdated(
            User user, dev.simplexscript.protocol.model.UserContactLink contactLink, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("userProfileUpdated")
    record UserProfileUpdated(
            User user, Profile fromProfile, Profile toProfile, UserProfileUpdateSummary updateSummary,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("userProfileNoChange")
    record UserProfileNoChange(User user, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("contactPrefsUpdated")
    record ContactPrefsUpdated(User user, Contact fromContact, Contact toContact, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("newChatItems")
    record NewChatItems(User user, List<AChatItem> chatItems, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("chatItemUpdated")
    record ChatItemUpdated(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("chatItemNotChanged")
    record ChatItemNotChanged(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("chatItemsDeleted")
    record ChatItemsDeleted(
            User user, List<ChatItemDeletion> chatItemDeletions, boolean byUser, boolean timed,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("chatItemReaction")
    record ChatItemReaction(User user, boolean added, ACIReaction reaction, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("rcvFileAccepted")
    record RcvFileAccepted(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("rcvFileAcceptedSndCancelled")
    record RcvFileAcceptedSndCancelled(User user, RcvFileTransfer rcvFileTransfer, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("sndFileCancelled")
    record SndFileCancelled(
            User user, AChatItem chatItem_, FileTransferMeta fileTransferMeta, List<SndFileTransfer> sndFileTransfers,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("rcvFileCancelled")
    record RcvFileCancelled(
            User user, AChatItem chatItem_, RcvFileTransfer rcvFileTransfer, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("sentGroupInvitation")
    record SentGroupInvitation(
            User user, GroupInfo groupInfo, Contact contact, GroupMember member, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): hostContact. */
    @JsonTypeName("userAcceptedGroupSent")
    record UserAcceptedGroupSent(
            User user, GroupInfo groupInfo, Contact hostContact, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("memberAccepted")
    record MemberAccepted(User user, GroupInfo groupInfo, GroupMember member, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("membersRoleUser")
    record MembersRoleUser(
            User user, GroupInfo groupInfo, List<GroupMember> members, GroupMemberRole toRole, Boolean msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("membersBlockedForAllUser")
    record MembersBlockedForAllUser(
            User user, GroupInfo groupInfo, List<GroupMember> members, boolean blocked, Boolean msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("userDeletedMembers")
    record UserDeletedMembers(
            User user, GroupInfo groupInfo, List<GroupMember> members, boolean withMessages, Boolean msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("leftMemberUser")
    record LeftMemberUser(User user, GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("groupMembers")
    record GroupMembers(User user, Group group, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("groupCreated")
    record GroupCreated(User user, GroupInfo groupInfo, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): member_, msgSigned. */
    @JsonTypeName("groupUpdated")
    record GroupUpdated(
            User user, GroupInfo fromGroup, GroupInfo toGroup, GroupMember member_, Boolean msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("groupLinkCreated")
    record GroupLinkCreated(
            User user, GroupInfo groupInfo, dev.simplexscript.protocol.model.GroupLink groupLink,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("groupLink")
    record GroupLink(
            User user, GroupInfo groupInfo, dev.simplexscript.protocol.model.GroupLink groupLink,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("groupLinkDeleted")
    record GroupLinkDeleted(User user, GroupInfo groupInfo, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("invitation")
    record Invitation(
            User user, CreatedConnLink connLinkInvitation, PendingContactConnection connection,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): planSimplexName, otherSimplexName. */
    @JsonTypeName("connectionPlan")
    record ConnectionPlan(
            User user, CreatedConnLink connLink, dev.simplexscript.protocol.model.ConnectionPlan connectionPlan,
            String planSimplexName, String otherSimplexName, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): customUserProfile. */
    @JsonTypeName("sentConfirmation")
    record SentConfirmation(
            User user, PendingContactConnection connection, Profile customUserProfile,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("contactAlreadyExists")
    record ContactAlreadyExists(User user, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): customUserProfile. */
    @JsonTypeName("sentInvitation")
    record SentInvitation(
            User user, PendingContactConnection connection, Profile customUserProfile,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("acceptingContactRequest")
    record AcceptingContactRequest(User user, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): contact_. */
    @JsonTypeName("contactRequestRejected")
    record ContactRequestRejected(
            User user, UserContactRequest contactRequest, Contact contact_, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("contactsList")
    record ContactsList(User user, List<Contact> contacts, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("groupsList")
    record GroupsList(User user, List<GroupInfoSummary> groups, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    @JsonTypeName("contactDeleted")
    record ContactDeleted(User user, Contact contact, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("contactConnectionDeleted")
    record ContactConnectionDeleted(User user, PendingContactConnection connection, @Extra Map<String, JsonNode> extra)
            implements ChatResponse {}

    /** Optional (null when absent): msgSigned, localDeletion. */
    @JsonTypeName("groupDeletedUser")
    record GroupDeletedUser(
            User user, GroupInfo groupInfo, Boolean msgSigned, Boolean localDeletion,
            @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("apiChats")
    record ApiChats(User user, List<AChat> chats, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    @JsonTypeName("apiChat")
    record ApiChat(User user, AChat chat, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** Optional (null when absent): user_. */
    @JsonTypeName("chatCmdError")
    record ChatCmdError(ChatError chatError, User user_, @Extra Map<String, JsonNode> extra) implements ChatResponse {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record UnknownResponse(String type, JsonNode raw) implements ChatResponse, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static UnknownResponse of(ObjectNode raw) {
            return new UnknownResponse(UnknownVariant.tagOf(raw), raw);
        }
    }
}
