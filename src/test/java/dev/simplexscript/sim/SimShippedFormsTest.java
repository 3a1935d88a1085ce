package dev.simplexscript.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The forms shipped cores parse beyond COMMANDS.md, their answers, and the strict switch that reproduces their quirks. */
class SimShippedFormsTest {
    @TempDir
    Path files;

    private static String type(JsonNode resp) {
        return resp.path("type").asString();
    }

    private static String errorType(JsonNode resp) {
        return resp.path("chatError").path("type").asString() + "/" + resp.path("chatError").path("errorType").path("type").asString();
    }

    @Test
    void shortAndOlderFormsAnswerAsShippedCoresDo() throws Exception {
        try (SimHarness sim = new SimHarness(files)) {
            WsTestClient bot = sim.client;
            assertEquals("activeUser", type(bot.resp("/u")));
            assertEquals("versionInfo", type(bot.resp("/v")));
            assertEquals("userContactLinkCreated", type(bot.resp("/address")));
            assertEquals("userContactLink", type(bot.resp("/show_address")));
            JsonNode auto = bot.resp("/auto_accept on");
            assertEquals("userContactLinkUpdated", type(auto));
            assertEquals(false, auto.at("/contactLink/addressSettings/autoAccept/acceptIncognito").asBoolean(true));
            VirtualPerson alice = sim.core.person("alice");
            alice.connectViaAddress();
            bot.event("contactConnected");
            long contactId = alice.contactId();
            String at = "@" + contactId;

            assertEquals("alice", bot.resp("/contacts").at("/contacts/0/localDisplayName").asString());
            JsonNode sent = bot.resp("/_send " + at + " text hi there");
            assertEquals("newChatItems", type(sent));
            assertEquals("hi there", sent.at("/chatItems/0/chatItem/content/msgContent/text").asString());
            assertEquals("newChatItems", type(bot.resp("/_send " + at + " ttl=default text again")));
            long itemId = sent.at("/chatItems/0/chatItem/meta/itemId").asLong();
            assertEquals("chatItemUpdated", type(bot.resp("/_update item " + at + " " + itemId + " text hi, edited")));

            JsonNode chats = bot.resp("/_get chats 1 pcc=on");
            assertEquals("apiChats", type(chats));
            Set<String> chatTypes = new HashSet<>();
            chats.path("chats").forEach(c -> chatTypes.add(c.at("/chatInfo/type").asString()));
            assertTrue(chatTypes.contains("direct"), chats.toString());
            JsonNode chat = bot.resp("/_get chat " + at + " count=100");
            assertEquals("apiChat", type(chat));
            // The chat starts with the service items shipped cores add on connecting, then the messages.
            JsonNode first = null;
            for (JsonNode item : chat.at("/chat/chatItems")) {
                if (first == null && item.at("/content/msgContent").isObject()) first = item;
            }
            assertEquals("hi, edited", first == null ? null : first.at("/content/msgContent/text").asString(), chat.toString());
            assertEquals(1, bot.resp("/_get chat " + at + " count=1").at("/chat/chatItems").size());
            assertEquals("cmdOk", type(bot.resp("/_read chat " + at)));
            assertEquals("contactInfo", type(bot.resp("/_info " + at)));
            assertEquals("friend", bot.resp("/_set alias " + at + " friend").at("/toContact/profile/localAlias").asString());

            assertEquals("groupCreated", type(bot.resp("/_group 1 {\"displayName\":\"team\",\"fullName\":\"\"}")));
            assertEquals("member", bot.resp("/_create link #1").at("/groupLink/acceptMemberRole").asString());
            assertEquals("groupsList", type(bot.resp("/_groups1")));
            assertEquals("groupsList", type(bot.resp("/_groups 1")), "the documented form, outside --core-like");
            assertEquals("invitation", type(bot.resp("/connect")));
            assertEquals("contactDeleted", type(bot.resp("/_delete " + at)));
        }
    }

    @Test
    void formsShippedCoresRejectAreParseErrors() throws Exception {
        try (SimHarness sim = new SimHarness(files)) {
            for (String bad : new String[] {"/_get chat @2", "/_get chats", "/_get chats pcc=on", "/u alice", "/_send @2 text", "/_info @x"}) {
                assertEquals("error/commandError", errorType(sim.client.resp(bad)), bad);
            }
        }
    }

    @Test
    void coreLikeReproducesTheShippedParserQuirks() throws Exception {
        try (SimHarness sim = new SimHarness(SimOptions.defaults(files).withCoreLike("6.4"))) {
            WsTestClient bot = sim.client;
            assertEquals("error/commandError", errorType(bot.resp("/_groups 1")));
            assertEquals("groupsList", type(bot.resp("/_groups1")));
            bot.resp("/_group 1 {\"displayName\":\"team\",\"fullName\":\"\"}");
            assertEquals("error/commandError", errorType(bot.resp("/_create link #1 author")));
            assertEquals("groupLinkCreated", type(bot.resp("/_create link #1 observer")));
        }
    }

    @Test
    void noiseMixesInConnectionAndErrorEvents() throws Exception {
        try (SimHarness sim = new SimHarness(SimOptions.defaults(files).withNoise(true))) {
            WsTestClient bot = sim.client;
            assertEquals("smp", bot.event("hostConnected").at("/resp/protocol").asString());
            bot.event("subscriptionStatus");
            for (int i = 0; i < 12; i++) bot.resp("/_contacts 1");
            bot.event("messageError");
            assertEquals("errorAgent", bot.event("chatErrors").at("/resp/chatErrors/0/type").asString());
            bot.event("hostDisconnected");
        }
    }
}
