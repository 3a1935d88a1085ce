package dev.simplexscript.api;

import static dev.simplexscript.api.ApiHarness.await;
import static dev.simplexscript.api.ApiHarness.failure;
import static dev.simplexscript.api.ApiHarness.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simplexscript.api.nouns.FilesApi;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.values.ApiArgumentException;
import dev.simplexscript.protocol.syntax.CommandException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilesApiTest {
    private final ApiHarness h = new ApiHarness();
    private final FilesApi files = h.global("files");

    @Test
    void receiveApprovesRelaysByDefaultAndTakesOptions() {
        String options = "/freceive 5 encrypt=on inline=off /tmp/invoice.pdf";
        h.core.answer("/freceive 5 approved_relays=on", "response-rcvFileAccepted.json")
                .answer(options, Fixtures.response("rcvFileAcceptedSndCancelled", "rcvFileTransfer", map("fileId", 5)));
        Message offer = h.message("event-newChatItems-direct-file-offer.json");

        Message accepted = (Message) await(files.receive(5));
        await(files.receive(offer));
        Object cancelledBySender = await(files.receive(offer.file, map("approvedRelays", false, "encrypt", true, "inline", false, "path", "/tmp/invoice.pdf")));

        assertEquals("rcvAccepted", accepted.file.status);
        assertNull(cancelledBySender);
        assertEquals(List.of("/freceive 5 approved_relays=on", "/freceive 5 approved_relays=on", options), h.core.commands);
    }

    @Test
    void cancelTakesTheFileOrItsMessage() {
        h.core.answer("/fcancel 5", Fixtures.response("rcvFileCancelled", "rcvFileTransfer", map("fileId", 5)));
        Message offer = h.message("event-newChatItems-direct-file-offer.json");

        await(files.cancel(offer));
        await(offer.file.cancel());

        assertEquals(List.of("/fcancel 5", "/fcancel 5"), h.core.commands);
    }

    @Test
    void pathsThatWouldChangeTheCommandAndMessagesWithoutFilesAreRefused() {
        assertInstanceOf(CommandException.class, failure(files.receive(5, map("path", "/tmp/a\n/_delete_address 1"))));
        assertTrue(assertThrows(ApiArgumentException.class, () -> files.receive(h.message("event-newChatItems-direct-text.json")))
                .getMessage().contains("file id"));
        assertTrue(h.core.commands.isEmpty());
    }
}
