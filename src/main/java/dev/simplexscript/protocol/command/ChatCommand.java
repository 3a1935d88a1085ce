package dev.simplexscript.protocol.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * One of the 42 commands of COMMANDS.md, or of the few more that shipped cores parse
 * ({@link Commands#SHIPPED}), as a typed record: the record's name is the command's name
 * and its components are the command's parameters, so {@code Json.tree(command)} is exactly the
 * parameter object the command's {@link Commands spec} encodes. The syntax lives only in the spec.
 * The script API builds these and the simulated core parses wire strings back into them.
 *
 * <p>Parameters that travel as JSON (profiles, messages, settings) or in a string form built from
 * a JSON shape (chat references, links, delete modes) are kept as that JSON: the core reads them
 * as JSON, and a script may put fields there that this version does not know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ChatCommand
        permits APICreateMyAddress,
                APIDeleteMyAddress,
                APIShowMyAddress,
                APISetProfileAddress,
                APISetAddressSettings,
                APISendMessages,
                APIUpdateChatItem,
                APIDeleteChatItem,
                APIDeleteMemberChatItem,
                APIChatItemReaction,
                ReceiveFile,
                CancelFile,
                APIAddMember,
                APIJoinGroup,
                APIAcceptMember,
                APIMembersRole,
                APIBlockMembersForAll,
                APIRemoveMembers,
                APILeaveGroup,
                APIListMembers,
                APINewGroup,
                APIUpdateGroupProfile,
                APICreateGroupLink,
                APIGroupLinkMemberRole,
                APIDeleteGroupLink,
                APIGetGroupLink,
                APIAddContact,
                APIConnectPlan,
                APIConnect,
                Connect,
                APIAcceptContact,
                APIRejectContact,
                APIListContacts,
                APIListGroups,
                APIDeleteChat,
                ShowActiveUser,
                CreateActiveUser,
                ListUsers,
                APISetActiveUser,
                APIDeleteUser,
                APIUpdateProfile,
                APISetContactPrefs,
                ShowVersion,
                APIGetChats,
                APIGetChat,
                APIChatRead,
                ListContacts,
                CreateMyAddress,
                ShowMyAddress,
                SetAddressSettings,
                APIContactInfo,
                APIGroupMemberInfo,
                APISetContactAlias {

    /** The COMMANDS.md name, e.g. {@code APISendMessages}. */
    @JsonIgnore
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The exact command string to send as {@code cmd}.
     *
     * @throws CommandException when a parameter is missing or would change the meaning of the command
     */
    default String encode() {
        return Commands.spec(name()).encode(Json.tree(this));
    }

    /**
     * Reads a command string back into its typed command, as the core would parse it.
     *
     * @throws CommandException when the string is not one of the 42 commands
     */
    static ChatCommand parse(String command) {
        Commands.Parsed parsed = Commands.parse(command);
        Class<? extends ChatCommand> type = ByName.TYPES.get(parsed.name());
        try {
            return Json.convert(parsed.params(), type);
        } catch (JacksonException e) {
            throw new CommandException(
                    parsed.name() + ": parameters do not fit the typed command: " + e.getOriginalMessage());
        }
    }

    /** The record class of each command, by COMMANDS.md name. */
    final class ByName {
        @SuppressWarnings("unchecked")
        static final Map<String, Class<? extends ChatCommand>> TYPES = Arrays.stream(
                        ChatCommand.class.getPermittedSubclasses())
                .map(c -> (Class<? extends ChatCommand>) c)
                .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

        private ByName() {}
    }
}
