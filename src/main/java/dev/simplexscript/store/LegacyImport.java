package dev.simplexscript.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Carries over the stores of the releases that kept them in an H2 MVStore file
 * ({@code store.mv}: one map {@code script:<file name>} per script, JSON text values). Those
 * stores were keyed by file name only, so the entries land in {@code legacy_entry} under that
 * name, and each script of that name gets a copy of them when it first opens its store: two
 * scripts that shared one store before each keep what they saw. The old file is renamed
 * {@code store.mv.imported} and never read again.
 */
final class LegacyImport {
    private static final System.Logger LOG = System.getLogger(LegacyImport.class.getName());
    private static final String MAP_PREFIX = "script:";

    private LegacyImport() {}

    /** Copies every script map of {@code legacy} into {@code legacy_entry}, inside the caller's transaction. */
    static void copy(Path legacy, Connection db) throws SQLException {
        MVStore old;
        try {
            old = new MVStore.Builder().fileName(legacy.toString()).readOnly().open();
        } catch (MVStoreException e) {
            throw new SQLException("cannot read the old store " + legacy + " to carry it over: " + e.getMessage()
                    + " (move it away to start with empty stores)", e);
        }
        int entries = 0;
        try (old; PreparedStatement insert = db.prepareStatement("INSERT INTO legacy_entry(file_name, key, value) VALUES (?, ?, ?)")) {
            for (String name : old.getMapNames()) {
                if (!name.startsWith(MAP_PREFIX)) continue;
                MVMap<String, String> map = old.openMap(name);
                for (Map.Entry<String, String> e : map.entrySet()) {
                    insert.setString(1, name.substring(MAP_PREFIX.length()));
                    insert.setString(2, e.getKey());
                    insert.setString(3, e.getValue());
                    insert.executeUpdate();
                    entries++;
                }
            }
        }
        LOG.log(Level.INFO, "carried over {0} entries from the old script store {1}", entries, legacy);
    }

    /** Renames the carried-over file so nobody takes it for the live store; the data is already in SQLite. */
    static void retire(Path legacy) {
        Path done = legacy.resolveSibling(legacy.getFileName() + ".imported");
        try {
            Files.move(legacy, done);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "carried over {0} but could not rename it to {1}: {2}; it will not be read again",
                    legacy, done.getFileName(), e.getMessage());
        }
    }
}
