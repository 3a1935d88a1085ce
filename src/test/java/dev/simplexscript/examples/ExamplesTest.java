package dev.simplexscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.host.LoadResult;
import dev.simplexscript.sim.people.BotGroups;
import dev.simplexscript.sim.people.VirtualPerson;
import dev.simplexscript.sim.world.Seen;
import dev.simplexscript.testing.BotTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example, in JavaScript and in Groovy, end to end against the simulated core over a WebSocket. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("simplex.project.dir", ".")).resolve("examples");

    private static BotTester start(String name, String language) {
        BotTester tester = BotTester.start(EXAMPLES.resolve(name + "." + language));
        for (LoadResult load : tester.loads()) {
            assertTrue(load.loaded(), name + "." + language + " did not load: " + load.error());
        }
        return tester;
    }

    private static String reply(BotTester tester, VirtualPerson person) {
        return tester.nextMessage(person).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void echoRepliesWithTheSameText(String language) {
        try (BotTester tester = start("echo", language)) {
            VirtualPerson alice = tester.person("alice");
            alice.send("hello there");
            assertEquals("hello there", reply(tester, alice));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void squaringSquaresNumbersAndExplainsOtherwise(String language) {
        try (BotTester tester = start("squaring", language)) {
            VirtualPerson alice = tester.person("alice");
            alice.send("12");
            assertEquals("12 * 12 = 144", reply(tester, alice));
            alice.send("twelve");
            assertTrue(reply(tester, alice).contains("Send me a number"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void supportForwardsQuestionsAndRoutesAnswersBack(String language) {
        try (BotTester tester = start("support", language)) {
            tester.settle();
            VirtualPerson bob = tester.sim().person("bob");
            long operators = bob.joinGroupVia(groupLink(tester, "Operators"));
            VirtualPerson alice = tester.sim().person("alice");
            String chat = alice.connectViaAddress();
            assertTrue(chat.startsWith("#"), "a business address gives each customer a business chat, got " + chat);
            assertTrue(reply(tester, alice).startsWith("Welcome to support"));
            alice.sendToGroup(Long.parseLong(chat.substring(1)), "Where is my order?", null);
            assertTrue(reply(tester, alice).contains("ticket 1"));
            assertTrue(nextText(tester, bob, "Ticket 1").contains("Ticket 1 from alice: Where is my order?"), "bob sees the ticket");
            bob.sendToGroup(operators, "/answer 1 It ships today", null);
            assertEquals("It ships today", reply(tester, alice));
            assertEquals("Sent to ticket 1.", reply(tester, bob));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void moderatorWarnsThenBlocksThenRemoves(String language) {
        try (BotTester tester = start("moderator", language)) {
            tester.settle();
            VirtualPerson alice = tester.sim().person("alice");
            long lounge = alice.joinGroupVia(groupLink(tester, "Lounge"));
            alice.sendToGroup(lounge, "see https://spam.example", null);
            assertTrue(nextText(tester, alice, "not allowed").contains("Next time you will be blocked"));
            alice.sendToGroup(lounge, "buy spam now", null);
            nextText(tester, alice, "blocked");
            alice.sendToGroup(lounge, "/stats", null);
            nextText(tester, alice, "Only admins");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void broadcastReachesEveryOtherContact(String language) {
        try (BotTester tester = start("broadcast", language)) {
            VirtualPerson alice = tester.person("alice");
            VirtualPerson bob = tester.person("bob");
            alice.send("/publish Big news!");
            assertEquals("You are the first publisher.", reply(tester, alice));
            assertEquals("Sent to 1 contact(s).", reply(tester, alice));
            assertEquals("Big news!", reply(tester, bob));
            bob.send("/publish me too");
            assertEquals("Only publishers can broadcast.", reply(tester, bob));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void reminderFiresAfterItsDelay(String language) {
        try (BotTester tester = start("reminder", language)) {
            VirtualPerson alice = tester.person("alice");
            alice.send("/remind 1s tea");
            assertEquals("OK, I will remind you in 1s.", reply(tester, alice));
            assertEquals("Reminder: tea", reply(tester, alice));
            alice.send("/remind soon tea");
            assertTrue(reply(tester, alice).startsWith("Usage: /remind"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void faqAnswersFromItsJsonAndReloadsWhenItChanges(String language, @TempDir Path dir) throws IOException {
        Files.copy(EXAMPLES.resolve("faq." + language), dir.resolve("faq." + language));
        Files.copy(EXAMPLES.resolve("faq.json"), dir.resolve("faq.json"));
        try (BotTester tester = BotTester.start(dir)) {
            VirtualPerson alice = tester.person("alice");
            alice.send("What are your hours?");
            assertTrue(reply(tester, alice).startsWith("We answer from 9:00"));
            Files.writeString(dir.resolve("faq.json"), "{\"hours\": \"Always open.\"}");
            awaitLog(tester, "loaded v2");
            alice.send("hours?");
            assertEquals("Always open.", reply(tester, alice));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "groovy"})
    void filesAreReceivedAndReported(String language) {
        try (BotTester tester = start("files", language)) {
            VirtualPerson alice = tester.person("alice");
            alice.sendFile("notes.txt", "twelve bytes".getBytes(), "");
            assertEquals("Got notes.txt (12 bytes), thank you!", reply(tester, alice));
        }
    }

    private static String groupLink(BotTester tester, String name) {
        return BotGroups.link(tester.sim(), BotGroups.find(tester.sim(), name));
    }

    /** Skips the bot's other messages (events, notices) until one containing {@code part}. */
    private static String nextText(BotTester tester, VirtualPerson person, String part) {
        for (int i = 0; i < 10; i++) {
            Seen seen = tester.nextMessage(person);
            if (seen.text().contains(part)) return seen.text();
        }
        throw new AssertionError("no message containing '" + part + "'");
    }

    private static void awaitLog(BotTester tester, String part) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (tester.log().stream().noneMatch(l -> l.contains(part))) {
            if (System.nanoTime() > deadline) throw new AssertionError("no log line with '" + part + "': " + tester.log());
            Thread.onSpinWait();
        }
    }
}
