package dev.simplexscript.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptStoreTest {
    @TempDir Path dir;

    @Test
    void jsonValuesRoundTripAndSurviveReopening() {
        Path file = dir.resolve("store.db");
        Path bot = dir.resolve("bots/bot.js");
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.forScript(bot);
            store.set("n", 3);
            store.set("big", 1L << 40);
            store.set("pi", 3.25);
            store.set("name", "alice \"the\" \\ \n\t\u0001 ünï 😀");
            store.set("flags", List.of(true, false));
            store.set("profile", Map.of("age", 30, "tags", List.of("a"), "none", Map.of()));
        }
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.forScript(bot);
            assertEquals(3, store.get("n"));
            assertEquals(1L << 40, store.get("big"));
            assertEquals(3.25, store.get("pi"));
            assertEquals("alice \"the\" \\ \n\t\u0001 ünï 😀", store.get("name"));
            assertEquals(List.of(true, false), store.get("flags"));
            assertEquals(Map.of("age", 30, "tags", List.of("a"), "none", Map.of()), store.get("profile"));
            assertEquals(List.of("big", "flags", "n", "name", "pi", "profile"), store.keys());
        }
    }

    @Test
    void theFileIsPlainSqliteThatOthersCanRead() throws Exception {
        Path file = dir.resolve("store.db");
        try (ScriptStores stores = ScriptStores.open(file)) {
            stores.forScript(dir.resolve("bot.js")).set("count", Map.of("n", 7));
            // Read by a second connection while the store is open, as sqlite3 would.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 ResultSet r = other.createStatement().executeQuery(
                         "SELECT s.path, e.key, e.value FROM entry e JOIN script s ON s.id = e.script")) {
                assertTrue(r.next());
                assertEquals(dir.resolve("bot.js").toString(), r.getString(1));
                assertEquals("count", r.getString(2));
                assertEquals("{\"n\":7}", r.getString(3));
            }
        }
    }

    @Test
    void scriptsWithTheSameFileNameInDifferentFoldersHaveTheirOwnStores() {
        try (ScriptStores stores = ScriptStores.open(dir.resolve("store.db"))) {
            stores.forScript(dir.resolve("one/bot.js")).set("k", "one");
            stores.forScript(dir.resolve("two/bot.js")).set("k", "two");
            assertEquals("one", stores.forScript(dir.resolve("one/bot.js")).get("k"));
            assertEquals("two", stores.forScript(dir.resolve("two/bot.js")).get("k"));
            // The same file named another way is the same script.
            assertEquals("one", stores.forScript(dir.resolve("two/../one/./bot.js")).get("k"));
        }
    }

    @Test
    void identityKeepsSymbolicLinksAsNamedSoARepointedLinkKeepsTheStore() throws Exception {
        // A ConfigMap volume: bot.js -> ..data/bot.js, ..data -> ..v1, later repointed to ..v2.
        Path folder = Files.createDirectories(dir.resolve("scripts"));
        Files.createDirectories(folder.resolve("..v1"));
        Files.writeString(folder.resolve("..v1/bot.js"), "// v1");
        Files.createSymbolicLink(folder.resolve("..data"), Path.of("..v1"));
        Files.createSymbolicLink(folder.resolve("bot.js"), Path.of("..data/bot.js"));
        String before = ScriptStores.identity(folder.resolve("bot.js"));
        Files.createDirectories(folder.resolve("..v2"));
        Files.writeString(folder.resolve("..v2/bot.js"), "// v2");
        Files.delete(folder.resolve("..data"));
        Files.createSymbolicLink(folder.resolve("..data"), Path.of("..v2"));
        assertEquals(before, ScriptStores.identity(folder.resolve("bot.js")));
        assertEquals(folder.resolve("bot.js").toAbsolutePath().toString(), before);
    }

    @Test
    void deleteAndNullRemoveKeys() {
        try (ScriptStores stores = ScriptStores.inMemory()) {
            ScriptStore store = stores.forScript(dir.resolve("a.js"));
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
            ScriptStore store = stores.forScript(dir.resolve("a.js"));
            assertThrows(IllegalArgumentException.class, () -> store.set("", 1));
            assertThrows(IllegalArgumentException.class, () -> store.set("k".repeat(ScriptStore.MAX_KEY_LENGTH + 1), 1));
            IllegalArgumentException lone = assertThrows(IllegalArgumentException.class, () -> store.set("a\uD800", 1));
            assertTrue(lone.getMessage().contains("surrogate"), lone.getMessage());
            IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                    () -> store.set("big", "x".repeat(ScriptStore.MAX_VALUE_BYTES + 1)));
            assertTrue(big.getMessage().contains("big") && big.getMessage().contains("bytes"), big.getMessage());
            // Over the limit only once encoded: 400,000 three-byte characters.
            assertThrows(IllegalArgumentException.class, () -> store.set("big", "€".repeat(400_000)));
            assertEquals(List.of(), store.keys());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        ScriptStores stores = ScriptStores.inMemory();
        ScriptStore store = stores.forScript(dir.resolve("a.js"));
        stores.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.get("k"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void unopenableFileIsNamedInTheError() throws Exception {
        Files.writeString(dir.resolve("not-a-store.db"), "this is not a SQLite file, just text".repeat(200));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScriptStores.open(dir.resolve("not-a-store.db")).close());
        assertTrue(e.getMessage().contains("not-a-store"), e.getMessage());
    }

    @Test
    void aFileFromANewerReleaseIsRefusedNotChanged() throws Exception {
        Path file = dir.resolve("store.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.createStatement().execute("PRAGMA user_version = 99");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ScriptStores.open(file).close());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    /** The target of issue 15: a counter overwritten 100,000 times keeps the files under 2 MiB. */
    @Test
    void overwritingOneKeyDoesNotGrowTheFile() throws Exception {
        Path file = dir.resolve("store.db");
        long largest = 0;
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.forScript(dir.resolve("counter.js"));
            for (int n = 0; n < 100_000; n++) {
                store.set("count", Map.of("count", n, "last", "alice"));
                if (n % 1_000 == 0) largest = Math.max(largest, filesSize());
            }
            largest = Math.max(largest, filesSize());
            assertEquals(Map.of("count", 99_999, "last", "alice"), store.get("count"));
        }
        assertTrue(largest < 2 << 20, "files reached " + largest + " bytes");
        assertTrue(filesSize() < 64 << 10, "after close " + filesSize() + " bytes");
    }

    /** Deleted data gives its space back: freed pages at once, partly-filled ones at the next start. */
    @Test
    void deletingGivesSpaceBack() throws Exception {
        Path file = dir.resolve("store.db");
        String text = "y".repeat(1_000);
        try (ScriptStores stores = ScriptStores.open(file)) {
            ScriptStore store = stores.forScript(dir.resolve("bot.js"));
            for (int i = 0; i < 5_000; i++) store.set("k" + i, text);
            assertTrue(filesSize() > 5_000_000, "5 MB of live data, files " + filesSize());
            // k0 to k99 are spread over the whole key order: the worst case for a B-tree.
            for (int i = 100; i < 5_000; i++) store.delete("k" + i);
            assertEquals(100, store.keys().size());
        }
        assertTrue(filesSize() < 1 << 20, "after deleting, files " + filesSize());
        try (ScriptStores stores = ScriptStores.open(file)) {
            assertEquals(text, stores.forScript(dir.resolve("bot.js")).get("k99"));
        }
        long live = 100 * (1_000 + 2 + 4);
        assertTrue(filesSize() <= 2 * live + (256 << 10), "after the next start, files " + filesSize() + " for " + live + " bytes");
    }

    private long filesSize() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
