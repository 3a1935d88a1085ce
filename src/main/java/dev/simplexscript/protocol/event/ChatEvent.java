package dev.simplexscript.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.ACIReaction;
import dev.simplexscript.protocol.model.AChat;
import dev.simplexscript.protocol.model.AChatItem;
import dev.simplexscript.protocol.model.AgentErrorType;
import dev.simplexscript.protocol.model.ChatItemDeletion;
import dev.simplexscript.protocol.model.Contact;
import dev.simplexscript.protocol.model.FileTransferMeta;
import dev.simplexscript.protocol.model.GroupInfo;
import dev.simplexscript.protocol.model.GroupLink;
import dev.simplexscript.protocol.model.GroupMember;
import dev.simplexscript.protocol.model.GroupMemberRole;
import dev.simplexscript.protocol.model.GroupRelay;
import dev.simplexscript.protocol.model.PendingContactConnection;
import dev.simplexscript.protocol.model.Profile;
import dev.simplexscript.protocol.model.RcvFileDescr;
import dev.simplexscript.protocol.model.RcvFileTransfer;
import dev.simplexscript.protocol.model.UnknownVariant;
import dev.simplexscript.protocol.model.User;
import dev.simplexscript.protocol.model.UserContactRequest;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Union;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Something the core reports on its own (the resp of a frame without corrId), PROTOCOL.md §6;
 * unknown tags become UnknownEvent.
 */
@Union
public sealed interface ChatEvent {
    /** Optional (null when absent): userCustomProfile. */
    @JsonTypeName("contactConnected")
    record ContactConnected(User user, Contact contact, Profile userCustomProfile, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("contactUpdated")
    record ContactUpdated(User user, Contact fromContact, Contact toContact, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("contactDeletedByContact")
    record ContactDeletedByContact(User user, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): chat_. */
    @JsonTypeName("receivedContactRequest")
    record ReceivedContactRequest(
            User user, UserContactRequest contactRequest, AChat chat_, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("newMemberContactReceivedInv")
    record NewMemberContactReceivedInv(
            User user, Contact contact, GroupInfo groupInfo, GroupMember member, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("contactSndReady")
    record ContactSndReady(User user, Contact contact, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("newChatItems")
    record NewChatItems(User user, List<AChatItem> chatItems, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("chatItemReaction")
    record ChatItemReaction(User user, boolean added, ACIReaction reaction, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("chatItemsDeleted")
    record ChatItemsDeleted(
            User user, List<ChatItemDeletion> chatItemDeletions, boolean byUser, boolean timed,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("chatItemUpdated")
    record ChatItemUpdated(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): member_. */
    @JsonTypeName("groupChatItemsDeleted")
    record GroupChatItemsDeleted(
            User user, GroupInfo groupInfo, List<Long> chatItemIDs, boolean byUser, GroupMember member_,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("chatItemsStatusesUpdated")
    record ChatItemsStatusesUpdated(User user, List<AChatItem> chatItems, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("receivedGroupInvitation")
    record ReceivedGroupInvitation(
            User user, GroupInfo groupInfo, Contact contact, GroupMemberRole fromMemberRole, GroupMemberRole memberRole,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("userJoinedGroup")
    record UserJoinedGroup(User user, GroupInfo groupInfo, GroupMember hostMember, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): member_, msgSigned. */
    @JsonTypeName("groupUpdated")
    record GroupUpdated(
            User user, GroupInfo fromGroup, GroupInfo toGroup, GroupMember member_, JsonNode msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("joinedGroupMember")
    record JoinedGroupMember(User user, GroupInfo groupInfo, GroupMember member, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("memberRole")
    record MemberRole(
            User user, GroupInfo groupInfo, GroupMember byMember, GroupMember member, GroupMemberRole fromRole,
            GroupMemberRole toRole, JsonNode msgSigned, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("deletedMember")
    record DeletedMember(
            User user, GroupInfo groupInfo, GroupMember byMember, GroupMember deletedMember, boolean withMessages,
            JsonNode msgSigned, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("leftMember")
    record LeftMember(
            User user, GroupInfo groupInfo, GroupMember member, JsonNode msgSigned, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("deletedMemberUser")
    record DeletedMemberUser(
            User user, GroupInfo groupInfo, GroupMember member, boolean withMessages, JsonNode msgSigned,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("groupDeleted")
    record GroupDeleted(
            User user, GroupInfo groupInfo, GroupMember member, JsonNode msgSigned, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): memberContact. */
    @JsonTypeName("connectedToGroupMember")
    record ConnectedToGroupMember(
            User user, GroupInfo groupInfo, GroupMember member, Contact memberContact,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("memberAcceptedByOther")
    record MemberAcceptedByOther(
            User user, GroupInfo groupInfo, GroupMember acceptingMember, GroupMember member,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): msgSigned. */
    @JsonTypeName("memberBlockedForAll")
    record MemberBlockedForAll(
            User user, GroupInfo groupInfo, GroupMember byMember, GroupMember member, boolean blocked,
            JsonNode msgSigned, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("groupMemberUpdated")
    record GroupMemberUpdated(
            User user, GroupInfo groupInfo, GroupMember fromMember, GroupMember toMember,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("groupLinkRelaysUpdated")
    record GroupLinkRelaysUpdated(
            User user, GroupInfo groupInfo, GroupLink groupLink, List<GroupRelay> groupRelays,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("rcvFileDescrReady")
    record RcvFileDescrReady(
            User user, AChatItem chatItem, RcvFileTransfer rcvFileTransfer, RcvFileDescr rcvFileDescr,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("rcvFileComplete")
    record RcvFileComplete(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("sndFileCompleteXFTP")
    record SndFileCompleteXFTP(
            User user, AChatItem chatItem, FileTransferMeta fileTransferMeta, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("rcvFileStart")
    record RcvFileStart(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("rcvFileSndCancelled")
    record RcvFileSndCancelled(
            User user, AChatItem chatItem, RcvFileTransfer rcvFileTransfer, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("rcvFileAccepted")
    record RcvFileAccepted(User user, AChatItem chatItem, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("rcvFileError")
    record RcvFileError(
            User user, AChatItem chatItem_, AgentErrorType agentError, RcvFileTransfer rcvFileTransfer,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("rcvFileWarning")
    record RcvFileWarning(
            User user, AChatItem chatItem_, AgentErrorType agentError, RcvFileTransfer rcvFileTransfer,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("sndFileError")
    record SndFileError(
            User user, AChatItem chatItem_, FileTransferMeta fileTransferMeta, String errorMessage,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): chatItem_. */
    @JsonTypeName("sndFileWarning")
    record SndFileWarning(
            User user, AChatItem chatItem_, FileTransferMeta fileTransferMeta, String errorMessage,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("acceptingContactRequest")
    record AcceptingContactRequest(User user, Contact contact, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("acceptingBusinessRequest")
    record AcceptingBusinessRequest(User user, GroupInfo groupInfo, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("contactConnecting")
    record ContactConnecting(User user, Contact contact, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("businessLinkConnecting")
    record BusinessLinkConnecting(
            User user, GroupInfo groupInfo, GroupMember hostMember, Contact fromContact,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("joinedGroupMemberConnecting")
    record JoinedGroupMemberConnecting(
            User user, GroupInfo groupInfo, GroupMember hostMember, GroupMember member,
            @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("sentGroupInvitation")
    record SentGroupInvitation(
            User user, GroupInfo groupInfo, Contact contact, GroupMember member, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("groupLinkConnecting")
    record GroupLinkConnecting(
            User user, GroupInfo groupInfo, GroupMember hostMember, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("hostConnected")
    record HostConnected(String protocol, String transportHost, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("hostDisconnected")
    record HostDisconnected(String protocol, String transportHost, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("subscriptionStatus")
    record SubscriptionStatus(
            String server, dev.simplexscript.protocol.model.SubscriptionStatus subscriptionStatus,
            List<String> connections, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    @JsonTypeName("messageError")
    record MessageError(User user, String severity, String errorMessage, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("chatError")
    record ChatError(dev.simplexscript.protocol.model.ChatError chatError, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("chatErrors")
    record ChatErrors(List<dev.simplexscript.protocol.model.ChatError> chatErrors, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    /** Optional (null when absent): user_. */
    @JsonTypeName("chatCmdError")
    record ChatCmdError(
            dev.simplexscript.protocol.model.ChatError chatError, User user_, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("newContactConnection")
    record NewContactConnection(User user, PendingContactConnection connection, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("timedAction")
    record TimedAction(String action, long durationMilliseconds, @Extra Map<String, JsonNode> extra)
            implements ChatEvent {}

    @JsonTypeName("terminalEvent")
    record TerminalEvent(ChatEvent data, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** Optional (null when absent): user_. */
    @JsonTypeName("customChatEvent")
    record CustomChatEvent(User user_, String response, @Extra Map<String, JsonNode> extra) implements ChatEvent {}

    /** A tag this version does not know, kept as received so nothing is lost. */
    record UnknownEvent(String type, JsonNode raw) implements ChatEvent, UnknownVariant {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static UnknownEvent of(ObjectNode raw) {
            return new UnknownEvent(UnknownVariant.tagOf(raw), raw);
        }
    }
}
