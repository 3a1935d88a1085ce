package dev.simplexscript.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** operator.json keeps who the operator is, down to when the core made their contact. */
class OperatorFileTest {
    @TempDir
    Path dir;

    @Test
    void theOperatorAndTheirContactsCreationTimeSurviveAReopen() {
        Instant created = Instant.parse("2026-03-01T10:15:30.123456Z");
        Operator alice = new Operator(1, 7, created, "alice", Instant.parse("2026-03-02T00:00:00Z"));
        OperatorFile.open(dir).claim(alice, AdminCode.of("TEST-CODE-12345"));
        OperatorFile again = OperatorFile.open(dir);
        assertEquals(alice, again.operator().orElseThrow());
        assertTrue(again.used(AdminCode.of("TEST-CODE-12345")));
        assertTrue(alice.sent(new AdminMessage(1, 7, created, "alice", "@7", "/admin status", null)));
        assertFalse(alice.sent(new AdminMessage(1, 7, created.plusNanos(1000), "alice", "@7", "/admin status", null)),
                "another contact given the same id later");
    }

    @Test
    void aRecordWithoutTheContactsCreationTimeIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("operator.json"),
                "{\"operator\":{\"userId\":1,\"contactId\":7,\"name\":\"alice\",\"since\":\"2026-03-02T00:00:00Z\"},\"usedCodes\":[]}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OperatorFile.open(dir));
        assertTrue(e.getMessage().contains("operator.json is damaged (the operator has no contactCreatedAt)"), e.getMessage());
    }
}
