package dev.simplexscript.protocol.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.simplexscript.protocol.model.jackson.Extra;
import dev.simplexscript.protocol.model.jackson.Wire;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A user (profile) of the chat core; agentUserId travels as a digit string. Fields added after
 * v6.4 are nullable.
 * Optional (null when absent): activeOrder, viewPwdHash, autoAcceptMemberContacts,
 * userMemberProfileUpdatedAt, uiThemes, userChatRelay, clientService.
 */
@Wire
public record User(
        long userId, @JsonFormat(shape = JsonFormat.Shape.STRING) long agentUserId, long userContactId,
        String localDisplayName, LocalProfile profile, FullPreferences fullPreferences, boolean activeUser,
        Long activeOrder, UserPwdHash viewPwdHash, boolean showNtfs, boolean sendRcptsContacts,
        boolean sendRcptsSmallGroups, Boolean autoAcceptMemberContacts, String userMemberProfileUpdatedAt,
        UIThemeEntityOverrides uiThemes, Boolean userChatRelay, Boolean clientService,
        @Extra Map<String, JsonNode> extra) {}
