package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.sim.people.VirtualPerson;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator chat end to end: claiming, each command, and what everyone else (and the scripts) see. */
class OperatorChatTest {
    static final String ECHO = "on.message(async msg => { log.info('got', msg.text); await msg.reply('echo: ' + msg.text) })\n";

    @TempDir
    java.nio.file.Path dir;
    OpsBot ops;

    @BeforeEach
    void start() throws Exception {
        ops = new OpsBot(dir).script("echo.js", ECHO).start();
    }

    @AfterEach
    void stop() {
        ops.close();
    }

    @Test
    void aWrongCodeGetsNoAnswerAndNoScriptSeesIt() throws Exception {
        VirtualPerson mallory = ops.person("mallory");
        mallory.send("/admin claim WRONG-CODE-00000");
        assertTrue(ops.awaitLog("ignored /admin claim from mallory").contains("wrong code"));
        assertEquals("echo: hello", ops.ask(mallory, "hello"), "the echo script answers other messages");
        assertTrue(ops.unread(mallory).isEmpty(), "nothing else was sent");
        assertFalse(ops.log.stream().anyMatch(l -> l.contains("got /admin")), "the script never saw /admin");
    }

    @Test
    void commandsBeforeAnyClaimAreDropped() throws Exception {
        VirtualPerson alice = ops.person("alice");
        alice.send("/admin status");
        assertTrue(ops.awaitLog("ignored /admin status from alice").contains("nobody has claimed the bot"));
        alice.send("  /ADMIN   help");
        ops.awaitLog("ignored /admin help from alice");
        assertTrue(ops.unread(alice).isEmpty());
    }

    @Test
    void theOperatorRunsEveryCommand() throws Exception {
        VirtualPerson alice = ops.person("alice");
        assertTrue(ops.ask(alice, "/admin claim " + OpsBot.CODE.toLowerCase()).startsWith("You are now the operator"));
        assertEquals("you are already the operator", ops.ask(alice, "/admin claim " + OpsBot.CODE));
        assertEquals("echo: hi", ops.ask(alice, "hi"));

        String status = ops.ask(alice, "/admin status");
        assertTrue(status.contains("core ") && status.contains("connected"), status);
        // The reply can arrive before the handler's end is counted: handled and queued vary.
        assertTrue(status.matches("(?s).*echo\\.js v1 running · \\d+ handled · 0 errors · p50 [0-9.]+ ms · p99 [0-9.]+ ms · \\d+ queued.*"), status);

        assertEquals("echo.js v1 running", ops.ask(alice, "/admin scripts"));
        String logs = ops.ask(alice, "/admin logs echo.js 1");
        assertTrue(logs.startsWith("echo.js, last 1 lines") && logs.endsWith("got hi"), logs);
        assertTrue(ops.ask(alice, "/admin logs nothing.js").startsWith("no script nothing.js; scripts: echo.js"));

        assertEquals("echo.js reloaded: v2 running", ops.ask(alice, "/admin reload echo"));
        assertTrue(ops.ask(alice, "/admin disable echo.js").startsWith("echo.js disabled"));
        assertTrue(ops.ask(alice, "/admin status").contains("echo.js v2 disabled"));
        Files.writeString(ops.scripts.resolve("echo.js"), ECHO.replace("echo: ", "echo2: "));
        ops.awaitLog("not loaded: disabled by the operator");
        assertEquals("echo.js enabled: v3 running", ops.ask(alice, "/admin enable echo.js"));
        assertEquals("echo2: back", ops.ask(alice, "back"));
        assertTrue(ops.ask(alice, "/admin frobnicate").startsWith("unknown operator command 'frobnicate'"));

        assertTrue(ops.ask(alice, "/admin revoke").startsWith("You are no longer the operator"));
        alice.send("/admin status");
        ops.awaitLog("ignored /admin status from alice");
        assertTrue(ops.unread(alice).isEmpty());
    }

    @Test
    void aSecondClaimantIsIgnored() throws Exception {
        VirtualPerson alice = ops.person("alice");
        VirtualPerson bob = ops.person("bob");
        assertTrue(ops.ask(alice, "/admin claim " + OpsBot.CODE).startsWith("You are now the operator"));
        bob.send("/admin claim " + OpsBot.CODE);
        assertTrue(ops.awaitLog("ignored /admin claim from bob").contains("already has an operator, alice"));
        bob.send("/admin scripts");
        ops.awaitLog("ignored /admin scripts from bob");
        assertTrue(ops.unread(bob).isEmpty());
    }

    @Test
    void theOperatorSurvivesARestartAndTheCodeStaysUsed() throws Exception {
        VirtualPerson alice = ops.person("alice");
        ops.ask(alice, "/admin claim " + OpsBot.CODE);
        ops.restart();
        assertTrue(ops.log.stream().anyMatch(l -> l.contains("the operator is alice")), ops.log.toString());
        assertTrue(ops.ask(alice, "/admin scripts").startsWith("echo.js v1 running"));
        ops.ask(alice, "/admin revoke");
        VirtualPerson bob = ops.person("bob");
        bob.send("/admin claim " + OpsBot.CODE);
        assertTrue(ops.awaitLog("ignored /admin claim from bob").contains("already used"));
        assertTrue(ops.unread(bob).isEmpty());
    }

    @Test
    void aContactWithTheOperatorsIdOnAnotherCoreIsNotTheOperator() throws Exception {
        VirtualPerson alice = ops.person("alice");
        ops.ask(alice, "/admin claim " + OpsBot.CODE);
        long operatorId = alice.contactId();
        ops.newCore();
        VirtualPerson mallory = ops.person("mallory");
        assertEquals(operatorId, mallory.contactId(), "the other core gives mallory the operator's contact id");
        mallory.send("/admin status");
        assertTrue(ops.awaitLog("ignored /admin status from mallory").contains("not the operator"));
        mallory.send("/admin claim " + OpsBot.CODE);
        assertTrue(ops.awaitLog("ignored /admin claim from mallory").contains("already has an operator, alice"));
        assertTrue(ops.unread(mallory).isEmpty());
    }

    @Test
    void wrongCodesPauseClaimsEvenForTheRightOne() throws Exception {
        VirtualPerson mallory = ops.person("mallory");
        for (int i = 0; i < ClaimGuard.MAX_FAILURES; i++) {
            mallory.send("/admin claim GUESS-" + i);
        }
        mallory.send("/admin claim " + OpsBot.CODE);
        assertTrue(ops.awaitLog("claims are paused").contains("from mallory"));
        assertTrue(ops.unread(mallory).isEmpty(), "even the right code is not accepted while claims are paused");
    }

    @Test
    void groupMessagesAreNeverCommands() throws Exception {
        VirtualPerson alice = ops.person("alice");
        ops.ask(alice, "/admin claim " + OpsBot.CODE);
        Files.writeString(ops.scripts.resolve("joiner.js"), "on.groupInvite(async inv => { await inv.join(); log.info('joined', inv.group.name) })\n");
        ops.awaitLog("[joiner.js] INFO loaded");
        long group = alice.inviteBotToGroup("team", dev.simplexscript.sim.world.Role.MEMBER);
        ops.awaitLog("joined team");
        alice.sendToGroup(group, "/admin status", null);
        assertTrue(ops.awaitLog("ignored /admin status from alice (#").contains("direct chat only"));
    }
}
