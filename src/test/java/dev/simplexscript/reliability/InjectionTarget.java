package dev.simplexscript.reliability;

import dev.simplexscript.protocol.Json;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A command parameter a script can fill with its own text: the command, valid parameters around
 * it, where in them the text goes, and the response tags COMMANDS.md gives for the command (a
 * core answering with one of them ran this command). Raw-string parameters (rendered verbatim
 * into the command line) and text inside JSON parameters are both listed.
 */
record InjectionTarget(String command, String template, String pointer, Set<String> responses) {

    /** Every string parameter of the 42 commands that carries text a script chooses. */
    static final List<InjectionTarget> ALL = List.of(
            new InjectionTarget("ReceiveFile", "{\"fileId\":5,\"userApprovedRelays\":true,\"filePath\":\"\"}", "/filePath", Set.of("rcvFileAccepted", "rcvFileAcceptedSndCancelled")),
            new InjectionTarget("APIListGroups", "{\"userId\":1,\"search\":\"\"}", "/search", Set.of("groupsList")),
            new InjectionTarget("APIListGroups", "{\"userId\":1,\"contactId_\":2,\"search\":\"\"}", "/search", Set.of("groupsList")),
            new InjectionTarget("APIConnectPlan", "{\"userId\":1,\"connectionLink\":\"\"}", "/connectionLink", Set.of("connectionPlan")),
            new InjectionTarget("Connect", "{\"incognito\":false,\"connLink_\":\"\"}", "/connLink_", Set.of("sentConfirmation", "contactAlreadyExists", "sentInvitation")),
            new InjectionTarget("APIConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"\"}}", "/preparedLink_/connFullLink", Set.of("sentConfirmation", "contactAlreadyExists", "sentInvitation")),
            new InjectionTarget("APIConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"simplex:/contact#/?v=2\",\"connShortLink\":\"\"}}", "/preparedLink_/connShortLink", Set.of("sentConfirmation", "contactAlreadyExists", "sentInvitation")),
            new InjectionTarget("APISetActiveUser", "{\"userId\":2,\"viewPwd\":\"\"}", "/viewPwd", Set.of("activeUser")),
            new InjectionTarget("APIDeleteUser", "{\"userId\":2,\"delSMPQueues\":false,\"viewPwd\":\"\"}", "/viewPwd", Set.of("cmdOk")),
            new InjectionTarget("APISendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"liveMessage\":false,"
                    + "\"composedMessages\":[{\"msgContent\":{\"type\":\"text\",\"text\":\"\"},\"mentions\":{}}]}", "/composedMessages/0/msgContent/text", Set.of("newChatItems")),
            new InjectionTarget("APISendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":2},\"liveMessage\":false,"
                    + "\"composedMessages\":[{\"fileSource\":{\"filePath\":\"\"},\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]}",
                    "/composedMessages/0/fileSource/filePath", Set.of("newChatItems")),
            new InjectionTarget("APIUpdateChatItem", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatItemId\":13,\"liveMessage\":false,"
                    + "\"updatedMessage\":{\"msgContent\":{\"type\":\"text\",\"text\":\"\"},\"mentions\":{}}}", "/updatedMessage/msgContent/text", Set.of("chatItemUpdated", "chatItemNotChanged")),
            new InjectionTarget("APIChatItemReaction", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatItemId\":300,\"add\":true,"
                    + "\"reaction\":{\"type\":\"emoji\",\"emoji\":\"\"}}", "/reaction/emoji", Set.of("chatItemReaction")),
            new InjectionTarget("APINewGroup", "{\"userId\":1,\"incognito\":false,\"groupProfile\":{\"displayName\":\"\",\"fullName\":\"\"}}", "/groupProfile/displayName", Set.of("groupCreated")),
            new InjectionTarget("APIUpdateGroupProfile", "{\"groupId\":1,\"groupProfile\":{\"displayName\":\"Team\",\"fullName\":\"\",\"description\":\"\"}}", "/groupProfile/description", Set.of("groupUpdated")),
            new InjectionTarget("APIUpdateProfile", "{\"userId\":1,\"profile\":{\"displayName\":\"\",\"fullName\":\"\"}}", "/profile/displayName", Set.of("userProfileUpdated", "userProfileNoChange")),
            new InjectionTarget("CreateActiveUser", "{\"newUser\":{\"profile\":{\"displayName\":\"\",\"fullName\":\"\"},\"pastTimestamp\":false}}", "/newUser/profile/displayName", Set.of("activeUser")),
            new InjectionTarget("APISetAddressSettings", "{\"userId\":1,\"settings\":{\"businessAddress\":false,"
                    + "\"autoReply\":{\"type\":\"text\",\"text\":\"\"}}}", "/settings/autoReply/text", Set.of("userContactLinkUpdated")));

    /**
     * Text written to break out of a parameter: line breaks followed by a second command, separators
     * and option words the grammar reads, quotes and brackets that end JSON early, escapes, and
     * characters that print as nothing.
     */
    static final List<String> HOSTILE = List.of(
            "x\n/_delete @2 full", "x\r\n/_leave #1", "x\r/_remove #1 2", "x\u2028/_delete user 1 del_smp=on", "x\u0085/users",
            "x /_delete @2 full", " live=on", " ttl=1 json []", "inline=on", "approved_relays=on", "encrypt=off /etc/passwd",
            "@5", "@5 team", "#1", "x json [{}]", "\"", "\"}", "\"}]", "\"}}]\n", "\\", "\\\"", "\\u000a/users", "\\n/users",
            "'; /_delete @2 full", "\"},\"mentions\":{\"bob\":2}}]", "\",\"cmd\":\"/_delete @2 full", "{\"corrId\":\"9\",\"cmd\":\"/users\"}",
            "}\n{\"corrId\":\"9\",\"cmd\":\"/users\"}", "x\u0000y", "\t/users", "\u000b/users", "\u000c/users", "\ufeff/users", "\u200b",
            " ", "  ", "x ", " x", "", "😀", "é\u0301", "../../../../etc/passwd", "/tmp/a b.pdf", "%0a/users", "$(rm -rf /)",
            "https://simplex.chat/contact#/?v=2 /_delete @2 full", "simplex:/contact#/?v=2\n/users");

    private static final String ALPHABET = "ab /_@#*:,=(){}[]\"'\\\n\r\t\u0000\u2028\u0085\ufeff0123456789-onfé";

    /** The parameters with {@code text} in place. */
    ObjectNode with(String text) {
        ObjectNode params = (ObjectNode) Json.parse(template);
        JsonPointer at = JsonPointer.compile(pointer);
        ((ObjectNode) params.at(at.head())).put(at.last().getMatchingProperty(), text);
        return params;
    }

    /** A seeded random string over the characters that matter to the grammar and to JSON. */
    static String randomText(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return s.toString();
    }

    @Override
    public String toString() {
        return command + pointer;
    }
}
