package dev.simplexscript.protocol.command;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.protocol.syntax.CommandException;
import dev.simplexscript.protocol.syntax.CommandSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 42 commands of COMMANDS.md, each written once as its name, syntax line and parameter
 * declarations copied from the spec (a test compares them with the spec file). The client encodes
 * with these and the simulated core parses with them.
 */
public final class Commands {
    /** In COMMANDS.md order, which is also the order the parser tries them in. */
    public static final List<CommandSpec> ALL = List.of(
            new CommandSpec("APICreateMyAddress", "/_address <userId>", "userId: int64"),
            new CommandSpec("APIDeleteMyAddress", "/_delete_address <userId>", "userId: int64"),
            new CommandSpec("APIShowMyAddress", "/_show_address <userId>", "userId: int64"),
            new CommandSpec("APISetProfileAddress", "/_profile_address <userId> on|off", "userId: int64", "enable: bool"),
            new CommandSpec("APISetAddressSettings", "/_address_settings <userId> <json(settings)>", "userId: int64", "settings: AddressSettings"),
            new CommandSpec("APISendMessages", "/_send <str(sendRef)>[ live=on][ ttl=<ttl>] json <json(composedMessages)>", "sendRef: ChatRef", "liveMessage: bool", "ttl: int?", "composedMessages: [ComposedMessage]"),
            new CommandSpec("APIUpdateChatItem", "/_update item <str(chatRef)> <chatItemId>[ live=on] json <json(updatedMessage)>", "chatRef: ChatRef", "chatItemId: int64", "liveMessage: bool", "updatedMessage: UpdatedMessage"),
            new CommandSpec("APIDeleteChatItem", "/_delete item <str(chatRef)> <chatItemIds[0]>[,<chatItemIds[1]>...] broadcast|internal|internalMark", "chatRef: ChatRef", "chatItemIds: [int64]", "deleteMode: CIDeleteMode"),
            new CommandSpec("APIDeleteMemberChatItem", "/_delete member item #<groupId> <chatItemIds[0]>[,<chatItemIds[1]>...]", "groupId: int64", "chatItemIds: [int64]"),
            new CommandSpec("APIChatItemReaction", "/_reaction <str(chatRef)> <chatItemId> on|off <json(reaction)>", "chatRef: ChatRef", "chatItemId: int64", "add: bool", "reaction: MsgReaction"),
            new CommandSpec("ReceiveFile", "/freceive <fileId>[ approved_relays=on][ encrypt=on|off][ inline=on|off][ <filePath>]", "fileId: int64", "userApprovedRelays: bool", "storeEncrypted: bool?", "fileInline: bool?", "filePath: string?"),
            new CommandSpec("CancelFile", "/fcancel <fileId>", "fileId: int64"),
            new CommandSpec("APIAddMember", "/_add #<groupId> <contactId> observer|author|member|moderator|admin|owner", "groupId: int64", "contactId: int64", "memberRole: GroupMemberRole"),
            new CommandSpec("APIJoinGroup", "/_join #<groupId>", "groupId: int64"),
            new CommandSpec("APIAcceptMember", "/_accept member #<groupId> <groupMemberId> observer|author|member|moderator|admin|owner", "groupId: int64", "groupMemberId: int64", "memberRole: GroupMemberRole"),
            new CommandSpec("APIMembersRole", "/_member role #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...] observer|author|member|moderator|admin|owner", "groupId: int64", "groupMemberIds: [int64]", "memberRole: GroupMemberRole"),
            new CommandSpec("APIBlockMembersForAll", "/_block #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...] blocked=on|off", "groupId: int64", "groupMemberIds: [int64]", "blocked: bool"),
            new CommandSpec("APIRemoveMembers", "/_remove #<groupId> <groupMemberIds[0]>[,<groupMemberIds[1]>...][ messages=on]", "groupId: int64", "groupMemberIds: [int64]", "withMessages: bool"),
            new CommandSpec("APILeaveGroup", "/_leave #<groupId>", "groupId: int64"),
            new CommandSpec("APIListMembers", "/_members #<groupId>", "groupId: int64"),
            new CommandSpec("APINewGroup", "/_group <userId>[ incognito=on] <json(groupProfile)>", "userId: int64", "incognito: bool", "groupProfile: GroupProfile"),
            new CommandSpec("APIUpdateGroupProfile", "/_group_profile #<groupId> <json(groupProfile)>", "groupId: int64", "groupProfile: GroupProfile"),
            new CommandSpec("APICreateGroupLink", "/_create link #<groupId> observer|author|member|moderator|admin|owner", "groupId: int64", "memberRole: GroupMemberRole"),
            new CommandSpec("APIGroupLinkMemberRole", "/_set link role #<groupId> observer|author|member|moderator|admin|owner", "groupId: int64", "memberRole: GroupMemberRole"),
            new CommandSpec("APIDeleteGroupLink", "/_delete link #<groupId>", "groupId: int64"),
            new CommandSpec("APIGetGroupLink", "/_get link #<groupId>", "groupId: int64"),
            new CommandSpec("APIAddContact", "/_connect <userId>[ incognito=on]", "userId: int64", "incognito: bool"),
            new CommandSpec("APIConnectPlan", "/_connect plan <userId> <connectionLink>", "userId: int64", "connectionLink: string?"),
            new CommandSpec("APIConnect", "/_connect <userId>[ <str(preparedLink_)>]", "userId: int64", "incognito: bool", "preparedLink_: CreatedConnLink?"),
            new CommandSpec("Connect", "/connect[ <connLink_>]", "incognito: bool", "connLink_: string?"),
            new CommandSpec("APIAcceptContact", "/_accept <contactReqId>", "contactReqId: int64"),
            new CommandSpec("APIRejectContact", "/_reject <contactReqId>", "contactReqId: int64"),
            new CommandSpec("APIListContacts", "/_contacts <userId>", "userId: int64"),
            new CommandSpec("APIListGroups", "/_groups <userId>[ @<contactId_>][ <search>]", "userId: int64", "contactId_: int64?", "search: string?"),
            new CommandSpec("APIDeleteChat", "/_delete <str(chatRef)> <str(chatDeleteMode)>", "chatRef: ChatRef", "chatDeleteMode: ChatDeleteMode"),
            new CommandSpec("ShowActiveUser", "/user"),
            new CommandSpec("CreateActiveUser", "/_create user <json(newUser)>", "newUser: NewUser"),
            new CommandSpec("ListUsers", "/users"),
            new CommandSpec("APISetActiveUser", "/_user <userId>[ <json(viewPwd)>]", "userId: int64", "viewPwd: string?"),
            new CommandSpec("APIDeleteUser", "/_delete user <userId> del_smp=on|off[ <json(viewPwd)>]", "userId: int64", "delSMPQueues: bool", "viewPwd: string?"),
            new CommandSpec("APIUpdateProfile", "/_profile <userId> <json(profile)>", "userId: int64", "profile: Profile"),
            new CommandSpec("APISetContactPrefs", "/_set prefs @<contactId> <json(preferences)>", "contactId: int64", "preferences: Preferences")
    );

    /**
     * Forms that are not in COMMANDS.md but that shipped cores parse (read from their parser,
     * {@code chatCommandP} in Commands.hs), in the order the parser tries them after the 42; other
     * clients, such as the npm {@code simplex-chat} 0.2.1 client, send them. A name already in
     * {@link #ALL} makes the form a parse-only alias that reads into the documented command:
     * commands are always encoded with the documented form (docs/core-quirks.md lists them all).
     */
    public static final List<CommandSpec> SHIPPED = List.of(
            new CommandSpec("ShowVersion", "/version"),
            new CommandSpec("ShowVersion", "/v"),
            new CommandSpec("ShowActiveUser", "/u"),
            new CommandSpec("ReceiveFile", "/fr <fileId>[ approved_relays=on][ encrypt=on|off][ inline=on|off][ <filePath>]",
                    "fileId: int64", "userApprovedRelays: bool", "storeEncrypted: bool?", "fileInline: bool?", "filePath: string?"),
            new CommandSpec("CancelFile", "/fc <fileId>", "fileId: int64"),
            new CommandSpec("APIListGroups", "/_groups<userId>[ @<contactId_>][ <search>]", "userId: int64", "contactId_: int64?", "search: string?"),
            CommandSpec.shipped("APICreateGroupLink", "/_create link #<groupId>", p -> p.put("memberRole", "member"), "groupId: int64"),
            CommandSpec.shipped("APIDeleteChat", "/_delete <str(chatRef)>", p -> p.set("chatDeleteMode", Json.object().put("type", "full").put("notify", true)),
                    "chatRef: ChatRef"),
            CommandSpec.shipped("APIAcceptContact", "/_accept incognito=on|off <contactReqId>", p -> p, "incognito: bool", "contactReqId: int64"),
            CommandSpec.shipped("APISendMessages", "/_send <str(sendRef)>[ live=on][ ttl=<ttl>] text <text>", Commands::textMessages,
                    "sendRef: ChatRef", "liveMessage: bool", "ttl: int?", "text: string"),
            new CommandSpec("APISendMessages", "/_send <str(sendRef)>[ live=on] ttl=default json <json(composedMessages)>",
                    "sendRef: ChatRef", "liveMessage: bool", "composedMessages: [ComposedMessage]"),
            CommandSpec.shipped("APISendMessages", "/_send <str(sendRef)>[ live=on] ttl=default text <text>", Commands::textMessages,
                    "sendRef: ChatRef", "liveMessage: bool", "text: string"),
            CommandSpec.shipped("APIUpdateChatItem", "/_update item <str(chatRef)> <chatItemId>[ live=on] text <text>",
                    p -> p.set("updatedMessage", textMessage(p.remove("text"))),
                    "chatRef: ChatRef", "chatItemId: int64", "liveMessage: bool", "text: string"),
            new CommandSpec("APIGetChats", "/_get chats <userId>[ pcc=on]", "userId: int64", "pendingConnections: bool"),
            new CommandSpec("APIGetChat", "/_get chat <str(chatRef)> [before=<before> ][after=<after> ]count=<count>[ search=<search>]",
                    "chatRef: ChatRef", "before: int64?", "after: int64?", "count: int", "search: string?"),
            new CommandSpec("APIChatRead", "/_read chat <str(chatRef)>", "chatRef: ChatRef"),
            new CommandSpec("ListContacts", "/contacts"),
            new CommandSpec("CreateMyAddress", "/address"),
            new CommandSpec("CreateMyAddress", "/ad"),
            new CommandSpec("ShowMyAddress", "/show_address"),
            new CommandSpec("ShowMyAddress", "/sa"),
            new CommandSpec("SetAddressSettings", "/auto_accept on|off[ incognito=on]", "enable: bool", "incognito: bool"),
            new CommandSpec("APIContactInfo", "/_info @<contactId>", "contactId: int64"),
            new CommandSpec("APIGroupMemberInfo", "/_info #<groupId> <groupMemberId>", "groupId: int64", "groupMemberId: int64"),
            new CommandSpec("APISetContactAlias", "/_set alias @<contactId>[ <localAlias>]", "contactId: int64", "localAlias: string?"));

    /** {@code /_send ... text hi}: one text message, as the core's {@code composedMessagesTextP} makes it. */
    private static ObjectNode textMessages(ObjectNode p) {
        ObjectNode message = textMessage(p.remove("text"));
        p.set("composedMessages", Json.MAPPER.createArrayNode().add(message));
        return p;
    }

    private static ObjectNode textMessage(JsonNode text) {
        ObjectNode message = Json.object();
        message.set("msgContent", Json.object().put("type", "text").put("text", text.asString()));
        message.set("mentions", Json.object());
        return message;
    }

    private static final List<CommandSpec> PARSED = java.util.stream.Stream.concat(ALL.stream(), SHIPPED.stream()).toList();

    private static final Map<String, CommandSpec> BY_NAME = new LinkedHashMap<>();

    static {
        for (CommandSpec spec : PARSED) BY_NAME.putIfAbsent(spec.name(), spec);
    }

    private Commands() {}

    /** The command with this COMMANDS.md name, e.g. {@code APISendMessages}. */
    public static CommandSpec spec(String name) {
        CommandSpec spec = BY_NAME.get(name);
        if (spec == null) throw new CommandException("unknown command " + name + " (COMMANDS.md names, e.g. APISendMessages)");
        return spec;
    }

    public static String encode(String name, JsonNode params) {
        return spec(name).encode(params);
    }

    /** A command string read back into its command and parameters. */
    public record Parsed(CommandSpec spec, ObjectNode params) {
        public String name() {
            return spec.name();
        }
    }

    /**
     * Parses a command string as the core does (trailing whitespace dropped first).
     *
     * @throws CommandException naming the closest command and where it stopped matching
     */
    public static Parsed parse(String command) {
        String text = command.stripTrailing();
        // Every prefix starts with "", so an empty command would be blamed on an arbitrary command.
        if (text.isEmpty()) throw new CommandException("empty command");
        CommandException closest = null;
        int closestLength = -1;
        for (CommandSpec spec : PARSED) {
            if (!text.startsWith(spec.prefix()) && !spec.prefix().startsWith(text)) continue;
            try {
                return new Parsed(spec, spec.parse(text));
            } catch (CommandException e) {
                if (spec.prefix().length() > closestLength) {
                    closest = e;
                    closestLength = spec.prefix().length();
                }
            }
        }
        if (closest != null) throw closest;
        int space = text.indexOf(' ');
        throw new CommandException("unknown command " + (space < 0 ? text : text.substring(0, space)));
    }
}
