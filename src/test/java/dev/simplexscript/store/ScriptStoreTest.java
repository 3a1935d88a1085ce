package dev.simplexscript.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptStoreTest {
    @TempDir Path dir;

    @Test
    void jsonValuesRoundTripAndSurviveReopening() {
        Path file = dir.resolve("store.mv.db");
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.open("bot.js");
            store.set("n", 3);
            store.set("name", "alice");
            store.set("flags", List.of(true, false));
            store.set("profile", Map.of("age", 30, "tags", List.of("a")));
        }
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.open("bot.js");
            assertEquals(3, store.get("n"));
            assertEquals("alice", store.get("name"));
            assertEquals(List.of(true, false), store.get("flags"));
            assertEquals(Map.of("age", 30, "tags", List.of("a")), store.get("profile"));
            assertEquals(List.of("flags", "n", "name", "profile"), store.keys());
        }
    }

    @Test
    void eachScriptHasItsOwnKeys() {
        try (ScriptStores stores = ScriptStores.inMemory()) {
            stores.open("a.js").set("k", "a");
            stores.open("b.groovy").set("k", "b");
            assertEquals("a", stores.open("a.js").get("k"));
            assertEquals("b", stores.open("b.groovy").get("k"));
        }
    }

    @Test
    void deleteAndNullRemoveKeys() {
        try (ScriptStores stores = ScriptStores.inMemory()) {
            ScriptStore store = stores.open("a.js");
            store.set("x", 1);
            store.set("y", 2);
            assertTrue(store.delete("x"));
            assertFalse(store.delete("x"));
            store.set("y", null);
            assertNull(store.get("y"));
            assertEquals(List.of(), store.keys());
        }
    }

    @Test
    void badKeysAndHugeValuesAreRefusedClearly() {
        try (ScriptStores stores = ScriptStores.inMemory()) {
            ScriptStore store = stores.open("a.js");
            assertThrows(IllegalArgumentException.class, () -> store.set("", 1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.set("big", "x".repeat(ScriptStore.MAX_VALUE_BYTES + 1)));
            assertTrue(e.getMessage().contains("big"), e.getMessage());
        }
    }

    @Test
    void unopenableFileIsNamedInTheError() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("not-a-store.mv.db"), "this is not an MVStore file, just text".repeat(200));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScriptStores.open(dir.resolve("not-a-store.mv.db")).close());
        assertTrue(e.getMessage().contains("not-a-store"), e.getMessage());
    }
}
