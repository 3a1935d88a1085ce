package dev.simplexscript.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * All scripts' stores in one SQLite file in WAL mode, the format the chat core itself uses, so
 * {@code sqlite3 store.db} opens it. Every {@code set} and {@code delete} is its own transaction,
 * committed to the write-ahead log before it returns: a write that returned survives
 * {@code kill -9} of the host. With {@code synchronous=NORMAL} commits are not fsynced one by
 * one, so a power cut may lose the last writes, never the file. A checkpoint (which syncs)
 * runs after every {@value #WAL_PAGES} pages of log and {@code auto_vacuum=FULL} gives freed
 * pages back, so the files hold the live data plus about 1 MiB of log, however often a key is
 * overwritten. A script's store is keyed by the script's identity ({@link #identity}).
 * <p>
 * One connection serves every script's dispatcher thread, one call at a time: a call takes tens
 * of microseconds, and SQLite allows one writer anyway.
 */
public final class ScriptStores implements AutoCloseable {
    /** The file the releases before SQLite kept their stores in, beside this one: carried over once. */
    public static final String LEGACY_FILE_NAME = "store.mv";
    private static final int SCHEMA_VERSION = 1;
    /**
     * 1 KiB pages, not SQLite's default 4 KiB: a small value then costs one 1 KiB page of log per
     * write, so the same 1 MiB log takes four times as many writes between checkpoints, and
     * checkpoints are the only writes that wait for the disk (measured in docs/reliability.md).
     */
    private static final int PAGE_SIZE = 1024;
    private static final int WAL_PAGES = 1024;
    private static final long SLACK_BYTES = 256 << 10;

    private final String where;
    private final Connection db;
    private final ReentrantLock lock = new ReentrantLock();
    private final PreparedStatement findScript;
    private final PreparedStatement addScript;
    private final PreparedStatement adoptLegacy;
    private final PreparedStatement get;
    private final PreparedStatement put;
    private final PreparedStatement remove;
    private final PreparedStatement keys;
    private boolean closed;

    private ScriptStores(String where, Connection db) throws SQLException {
        this.where = where;
        this.db = db;
        this.findScript = db.prepareStatement("SELECT id FROM script WHERE path = ?");
        this.addScript = db.prepareStatement("INSERT INTO script(path) VALUES (?)");
        this.adoptLegacy = db.prepareStatement(
                "INSERT INTO entry(script, key, value) SELECT ?, key, value FROM legacy_entry WHERE file_name = ?");
        this.get = db.prepareStatement("SELECT value FROM entry WHERE script = ? AND key = ?");
        this.put = db.prepareStatement("INSERT INTO entry(script, key, value) VALUES (?, ?, ?) "
                + "ON CONFLICT(script, key) DO UPDATE SET value = excluded.value");
        this.remove = db.prepareStatement("DELETE FROM entry WHERE script = ? AND key = ?");
        this.keys = db.prepareStatement("SELECT key FROM entry WHERE script = ? ORDER BY key");
    }

    /**
     * Opens (or creates) the store file; on creation, a {@value #LEGACY_FILE_NAME} beside it is
     * carried over (see {@link LegacyImport}). Throws {@link IllegalStateException} naming the
     * file when it cannot.
     */
    public static ScriptStores open(Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try {
                try (Statement s = db.createStatement()) {
                    // page_size and auto_vacuum only take effect on a new file, before its first table.
                    s.execute("PRAGMA page_size = " + PAGE_SIZE);
                    s.execute("PRAGMA auto_vacuum = FULL");
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                    s.execute("PRAGMA wal_autocheckpoint = " + WAL_PAGES);
                    s.execute("PRAGMA journal_size_limit = " + (long) WAL_PAGES * PAGE_SIZE);
                    s.execute("PRAGMA busy_timeout = 5000");
                }
                Path legacy = file.resolveSibling(LEGACY_FILE_NAME);
                boolean hasLegacy = !legacy.equals(file) && Files.exists(legacy);
                boolean imported = prepare(db, hasLegacy ? legacy : null);
                compactIfSparse(db);
                ScriptStores stores = new ScriptStores(file.toString(), db);
                if (imported) LegacyImport.retire(legacy);
                return stores;
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open script store " + file + ": " + causes(e), e);
        }
    }

    /**
     * The messages down the cause chain: the driver says only "Error opening connection" when its
     * native library could not be unpacked or loaded (a {@code noexec} temporary folder: see
     * docs/reliability.md), and the reason is in the cause.
     */
    private static String causes(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !out.toString().contains(c.getMessage())) out.append(": ").append(c.getMessage());
        }
        return out.toString();
    }

    /** A store kept in memory only, for dry runs ({@code check}) and tests. */
    public static ScriptStores inMemory() {
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
            prepare(db, null);
            return new ScriptStores("memory", db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create an in-memory script store: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the tables of a new file (carrying over {@code legacy} when given) in one
     * transaction; returns true when it carried over {@code legacy}.
     */
    private static boolean prepare(Connection db, Path legacy) throws SQLException {
        long version = single(db, "PRAGMA user_version");
        if (version == SCHEMA_VERSION) return false;
        if (version > SCHEMA_VERSION) {
            throw new SQLException("written by a newer simplex-script (schema " + version + ", this one knows " + SCHEMA_VERSION + ")");
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("""
                    CREATE TABLE script (
                      id   INTEGER PRIMARY KEY,
                      path TEXT NOT NULL UNIQUE -- the script's identity: its absolute path
                    )""");
            // Rowid tables, not WITHOUT ROWID: those keep a row in its leaf page only up to about
            // 1 KB (of 4 KB), so every larger value would take an overflow page of its own.
            s.execute("""
                    CREATE TABLE entry (
                      script INTEGER NOT NULL REFERENCES script(id),
                      key    TEXT NOT NULL,
                      value  TEXT NOT NULL, -- JSON
                      UNIQUE (script, key)
                    )""");
            s.execute("""
                    CREATE TABLE legacy_entry ( -- carried over from store.mv, copied to each script of that file name on first use
                      file_name TEXT NOT NULL,
                      key       TEXT NOT NULL,
                      value     TEXT NOT NULL,
                      UNIQUE (file_name, key)
                    )""");
            if (legacy != null) LegacyImport.copy(legacy, db);
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return legacy != null;
    }

    /**
     * Packs the file when it is more than twice its live data plus {@value #SLACK_BYTES} bytes.
     * Freed pages go back at once ({@code auto_vacuum=FULL}), but deletes scattered over the
     * keys leave pages partly filled, and SQLite does not merge those on its own.
     */
    private static void compactIfSparse(Connection db) throws SQLException {
        long fileBytes = single(db, "PRAGMA page_count") * single(db, "PRAGMA page_size");
        long liveBytes = single(db, "SELECT (SELECT total(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))) FROM entry)"
                + " + (SELECT total(length(CAST(key AS BLOB)) + length(CAST(value AS BLOB))) FROM legacy_entry)");
        if (fileBytes <= 2 * liveBytes + SLACK_BYTES) return;
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM");
            // VACUUM wrote the whole new file through the log: hand the log's space back now.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static long single(Connection db, String query) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.getLong(1);
        }
    }

    /**
     * The key a script's store is filed under: its path made absolute and normalized, with
     * symbolic links left as they are. Resolving them would give a script a new, empty store
     * whenever a link on its path is repointed, which is how Kubernetes updates a ConfigMap
     * volume ({@code bot.js -> ..data/bot.js}) and how many deployments switch releases
     * ({@code current -> releases/42}). A script moved or renamed gets a new store; its old
     * one stays in the file (docs/reliability.md shows how to carry it over).
     */
    public static String identity(Path script) {
        return script.toAbsolutePath().normalize().toString();
    }

    /** The store of the script at {@code script}, created on first use. */
    public ScriptStore forScript(Path script) {
        String path = identity(script);
        return new ScriptStore(path, this, locked("open the store of " + path, () -> {
            findScript.setString(1, path);
            try (ResultSet r = findScript.executeQuery()) {
                if (r.next()) return r.getLong(1);
            }
            db.setAutoCommit(false);
            try {
                addScript.setString(1, path);
                addScript.executeUpdate();
                long id;
                try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                    id = r.getLong(1);
                }
                adoptLegacy.setLong(1, id);
                adoptLegacy.setString(2, script.getFileName().toString());
                adoptLegacy.executeUpdate();
                db.commit();
                return id;
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }));
    }

    String get(long script, String key) {
        return locked("read", () -> {
            get.setLong(1, script);
            get.setString(2, key);
            try (ResultSet r = get.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
    }

    void put(long script, String key, String json) {
        locked("write", () -> {
            put.setLong(1, script);
            put.setString(2, key);
            put.setString(3, json);
            return put.executeUpdate();
        });
    }

    boolean delete(long script, String key) {
        return locked("delete", () -> {
            remove.setLong(1, script);
            remove.setString(2, key);
            return remove.executeUpdate() > 0;
        });
    }

    List<String> keys(long script) {
        return locked("list keys", () -> {
            keys.setLong(1, script);
            List<String> out = new ArrayList<>();
            try (ResultSet r = keys.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T locked(String what, Query<T> query) {
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the script store is closed");
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("script store " + where + ": could not " + what + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the file; the last connection's close checkpoints the log into it and removes the log. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("script store " + where + ": could not close: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
