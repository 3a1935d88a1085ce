package dev.simplexscript.api.values;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of the core's as a read-only {@link Map}: a view, not a copy. Nested objects and
 * arrays come out as further views and scalars as Java values ({@link Plain#of}), each when read.
 * The tree under it is shared by every script that handles the same event and is never changed,
 * so a view can be handed to any number of scripts; writing to it throws.
 */
public final class JsonMap extends AbstractMap<String, Object> {
    private final JsonNode node;

    JsonMap(JsonNode node) {
        this.node = node;
    }

    /** A view of {@code node}; null when it is absent or not an object. */
    public static JsonMap of(JsonNode node) {
        return node != null && node.isObject() ? new JsonMap(node) : null;
    }

    /** The object under the view; callers must not change it (copy it first). */
    public JsonNode node() {
        return node;
    }

    @Override
    public Object get(Object key) {
        return key instanceof String name ? Plain.of(node.get(name)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && node.has(name);
    }

    @Override
    public int size() {
        return node.size();
    }

    @Override
    public boolean isEmpty() {
        return node.isEmpty();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<Entry<String, JsonNode>> fields = node.properties().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return fields.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        Entry<String, JsonNode> field = fields.next();
                        return new SimpleImmutableEntry<>(field.getKey(), Plain.of(field.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return node.size();
            }
        };
    }
}
