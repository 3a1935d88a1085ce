package dev.simplexscript.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store.mv written the way the MVStore releases wrote it is carried over once. */
class LegacyImportTest {
    @TempDir Path dir;

    @Test
    void theOldStoresAreCarriedOverToEveryScriptOfThatNameOnce() {
        writeOldRelease(Map.of("bot.js", Map.of("count", "41", "profile", "{\"name\":\"alice\",\"tags\":[\"a\"]}"),
                "other.groovy", Map.of("seen", "true")));
        Path file = dir.resolve("store.db");
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore one = stores.forScript(dir.resolve("one/bot.js"));
            assertEquals(41, one.get("count"));
            assertEquals(Map.of("name", "alice", "tags", List.of("a")), one.get("profile"));
            // The old release gave both bot.js one store: each keeps what it saw.
            assertEquals(41, stores.forScript(dir.resolve("two/bot.js")).get("count"));
            assertEquals(true, stores.forScript(dir.resolve("other.groovy")).get("seen"));
            assertEquals(List.of(), stores.forScript(dir.resolve("new.js")).keys());
            one.set("count", 42);
            one.delete("profile");
        }
        assertFalse(Files.exists(dir.resolve("store.mv")));
        assertTrue(Files.exists(dir.resolve("store.mv.imported")));
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore one = stores.forScript(dir.resolve("one/bot.js"));
            assertEquals(42, one.get("count"));
            assertNull(one.get("profile"), "a deleted key stays deleted: the old data is carried over once");
        }
    }

    @Test
    void anUnreadableOldStoreStopsTheStartAndIsNamed() throws Exception {
        Files.writeString(dir.resolve("store.mv"), "not an MVStore file".repeat(500));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ScriptStores.open(dir.resolve("store.db")));
        assertTrue(e.getMessage().contains("store.mv") && e.getMessage().contains("move it away"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("store.mv")), "the old file is left as it was");
        // Once it is moved away, the store starts empty.
        Files.move(dir.resolve("store.mv"), dir.resolve("store.mv.broken"));
        try (ScriptStores stores = ScriptStores.open(dir.resolve("store.db"))) {
            assertEquals(List.of(), stores.forScript(dir.resolve("bot.js")).keys());
        }
    }

    /** What ScriptStores.open and ScriptStore.set did in the MVStore releases: one map per file name, JSON text. */
    private void writeOldRelease(Map<String, Map<String, String>> scripts) {
        try (MVStore old = new MVStore.Builder().fileName(dir.resolve("store.mv").toString()).autoCommitDisabled().open()) {
            scripts.forEach((name, entries) -> {
                MVMap<String, String> map = old.openMap("script:" + name);
                map.putAll(entries);
                old.commit();
            });
        }
    }
}
