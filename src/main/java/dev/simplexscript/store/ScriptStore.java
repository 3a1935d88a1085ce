package dev.simplexscript.store;

import dev.simplexscript.protocol.Json;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.h2.mvstore.MVMap;

/**
 * A script's {@code store}: {@code store.set("count", 3)}, {@code store.get("count")}. Values are
 * anything JSON can hold (text, numbers, booleans, lists, maps, null) and come back as such.
 */
public final class ScriptStore {
    static final int MAX_KEY_LENGTH = 1024;
    static final int MAX_VALUE_BYTES = 1 << 20;

    private final String script;
    private final MVMap<String, String> map;
    private final Runnable commit;

    ScriptStore(String script, MVMap<String, String> map, Runnable commit) {
        this.script = script;
        this.map = map;
        this.commit = commit;
    }

    /** The value under {@code key}, or null. */
    @HostAccess.Export
    public Object get(String key) {
        String json = map.get(key);
        return json == null ? null : Json.MAPPER.readValue(json, Object.class);
    }

    /** Stores {@code value} (null deletes) and commits. */
    @HostAccess.Export
    public void set(String key, Object value) {
        if (value == null) {
            delete(key);
            return;
        }
        checkKey(key);
        String json = Json.write(value);
        if (json.length() > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("store.set(\"" + key + "\"): value is over " + MAX_VALUE_BYTES + " bytes as JSON");
        }
        map.put(key, json);
        commit.run();
    }

    /** Removes {@code key}; true when it was there. */
    @HostAccess.Export
    public boolean delete(String key) {
        boolean had = map.remove(key) != null;
        if (had) commit.run();
        return had;
    }

    /** All keys, sorted. */
    @HostAccess.Export
    public List<String> keys() {
        return new ArrayList<>(map.keySet());
    }

    private void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("store key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "store of " + script;
    }
}
