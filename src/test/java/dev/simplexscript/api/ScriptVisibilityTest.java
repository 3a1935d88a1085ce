package dev.simplexscript.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.objects.Message;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The objects as the two languages see them: in a constrained GraalJS context (only exported
 * members) and in Groovy, with the same property and call syntax as docs/script-api.md. (Under
 * {@code SandboxPolicy.CONSTRAINED} a JavaScript object literal reaches Java as a raw guest
 * object, not a Map: the JS adapter converts arguments before they get here.)
 */
class ScriptVisibilityTest {
    private static final String REPLY = "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"you said: Hello! Can you help me with my order?\"},\"quotedItemId\":12,\"mentions\":{}}]";

    @Test
    void javascriptReadsExportedFieldsAndCallsOverloadsAndSend() {
        ApiHarness h = new ApiHarness();
        h.core.answer(REPLY, "response-newChatItems-sent.json").answer("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]",
                "response-newChatItems-sent.json");
        Message msg = h.message("event-newChatItems-direct-text.json");
        HostAccess access = HostAccess.newBuilder(HostAccess.CONSTRAINED).allowMapAccess(true).allowListAccess(true).build();
        try (Context js = Context.newBuilder("js").sandbox(SandboxPolicy.CONSTRAINED).allowHostAccess(access)
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Value bindings = js.getBindings("js");
            bindings.putMember("msg", msg);
            bindings.putMember("send", h.api.globals().get("send"));

            Value read = js.eval("js", "[msg.id, msg.text, msg.chat.name, msg.sender.ref, msg.raw.chatItem.meta.itemId, msg.own, typeof msg.session].join('|')");
            Value reply = js.eval("js", "msg.reply('you said: ' + msg.text)");
            Value sent = js.eval("js", "send.call('@2', 'hi')");
            bindings.putMember("list", List.of(msg, msg));
            Value filtered = js.eval("js", "list.filter(m => m.id === 12 && m.chat.ref === '@2').length");

            assertEquals("12|Hello! Can you help me with my order?|alice|@2|12|false|undefined", read.asString());
            assertTrue(reply.isHostObject() && reply.asHostObject() instanceof CompletableFuture<?>);
            assertTrue(sent.isHostObject());
            assertEquals(2, filtered.asInt());
            assertEquals(List.of(REPLY, "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]"), h.core.commands);
        }
    }

    @Test
    void groovyReadsFieldsAsPropertiesAndPassesGStrings() {
        ApiHarness h = new ApiHarness();
        h.core.answer(REPLY, "response-newChatItems-sent.json");
        Binding binding = new Binding();
        binding.setVariable("msg", h.message("event-newChatItems-direct-text.json"));
        binding.setVariable("send", h.api.globals().get("send"));
        h.core.answer("/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]", "response-newChatItems-sent.json");

        Object result = new GroovyShell(binding).evaluate("""
                msg.reply("you said: ${msg.text}").join()
                send('@2', 'hi', [:]).join()
                "${msg.chat.name} ${msg.raw.chatItem.meta.itemId}".toString()
                """);

        assertEquals("alice 12", result);
        assertEquals(List.of(REPLY, "/_send @2 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]"), h.core.commands);
    }
}
