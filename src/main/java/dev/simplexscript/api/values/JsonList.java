package dev.simplexscript.api.values;

import java.util.AbstractList;
import java.util.RandomAccess;
import tools.jackson.databind.JsonNode;

/** A JSON array of the core's as a read-only {@link java.util.List}: a view like {@link JsonMap}. */
public final class JsonList extends AbstractList<Object> implements RandomAccess {
    private final JsonNode node;

    JsonList(JsonNode node) {
        this.node = node;
    }

    /** The array under the view; callers must not change it (copy it first). */
    public JsonNode node() {
        return node;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= node.size()) throw new IndexOutOfBoundsException("index " + index + " of " + node.size());
        return Plain.of(node.get(index));
    }

    @Override
    public int size() {
        return node.size();
    }
}
