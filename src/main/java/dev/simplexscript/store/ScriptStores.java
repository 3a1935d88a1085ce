package dev.simplexscript.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * All scripts' stores in one MVStore file, one map per script. MVStore is append-only with
 * checksummed chunks, so a crash loses at most the write in progress and never corrupts older
 * data; each {@code set} and {@code delete} commits before it returns, so a returned write is
 * in the file. A script's map is keyed by its file name, so it survives reloads and restarts.
 */
public final class ScriptStores implements AutoCloseable {
    private final MVStore store;

    private ScriptStores(MVStore store) {
        this.store = store;
    }

    /** Opens (or creates) the store file; throws {@link IllegalStateException} naming it when it cannot. */
    public static ScriptStores open(Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            return new ScriptStores(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
        } catch (MVStoreException | java.io.IOException e) {
            throw new IllegalStateException("cannot open script store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A store kept in memory only, for dry runs ({@code check}) and tests. */
    public static ScriptStores inMemory() {
        return new ScriptStores(new MVStore.Builder().autoCommitDisabled().open());
    }

    /** The store of one script. */
    public ScriptStore open(String scriptName) {
        return new ScriptStore(scriptName, store.openMap("script:" + scriptName), store::commit);
    }

    @Override
    public void close() {
        if (!store.isClosed()) store.close();
    }
}
