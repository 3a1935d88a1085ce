package dev.simplexscript.store;

import dev.simplexscript.protocol.Json;
import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * A script's {@code store}: {@code store.set("count", 3)}, {@code store.get("count")}. Values are
 * data only (null, booleans, numbers, strings, lists, maps with string keys; see
 * {@link StoreValue}) and come back as such. A call that returned is on disk.
 */
public final class ScriptStore {
    static final int MAX_KEY_LENGTH = 1024;
    static final int MAX_VALUE_BYTES = StoreValue.MAX_BYTES;

    private final String identity;
    private final ScriptStores stores;
    private final long id;

    ScriptStore(String identity, ScriptStores stores, long id) {
        this.identity = identity;
        this.stores = stores;
        this.id = id;
    }

    /** The value under {@code key}, or null. */
    @HostAccess.Export
    public Object get(String key) {
        checkKey("get", key);
        String json = stores.get(id, key);
        return json == null ? null : Json.MAPPER.readValue(json, Object.class);
    }

    /** Stores {@code value} (null deletes); refuses anything that is not data, naming where it is in the value. */
    @HostAccess.Export
    public void set(String key, Object value) {
        checkKey("set", key);
        if (value == null) {
            stores.delete(id, key);
            return;
        }
        String json;
        try {
            json = StoreValue.toJson(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("store.set(" + quoted(key) + "): " + e.getMessage(), e);
        }
        stores.put(id, key, json);
    }

    /** Removes {@code key}; true when it was there. */
    @HostAccess.Export
    public boolean delete(String key) {
        checkKey("delete", key);
        return stores.delete(id, key);
    }

    /** All keys, sorted. */
    @HostAccess.Export
    public List<String> keys() {
        return stores.keys(id);
    }

    private static void checkKey(String call, String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("store." + call + ": a key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        // UTF-8 cannot hold half a surrogate pair: two such keys would be filed as one.
        if (StoreValue.hasLoneSurrogate(key)) {
            throw new IllegalArgumentException("store." + call + "(" + quoted(key) + "): the key has half of a surrogate pair");
        }
    }

    private static String quoted(String key) {
        return StoreValue.toJson(key);
    }

    @Override
    public String toString() {
        return "store of " + identity;
    }
}
