package dev.simplexscript.lang.js;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import tools.jackson.databind.JsonNode;

/** A JSON array of the core's as a script sees it: a read-only JS array over the shared tree, like {@link JsObjectView}. */
final class JsArrayView implements ProxyArray {
    private final JsonNode node;
    private final JsValues values;

    JsArrayView(JsonNode node, JsValues values) {
        this.node = node;
        this.values = values;
    }

    JsonNode node() {
        return node;
    }

    @Override
    public Object get(long index) {
        if (index < 0 || index >= node.size()) throw new ArrayIndexOutOfBoundsException((int) Math.min(index, Integer.MAX_VALUE));
        return values.json(node.get((int) index));
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("the core's data is read-only; copy it first ([...arr])");
    }

    @Override
    public boolean remove(long index) {
        throw new UnsupportedOperationException("the core's data is read-only; copy it first ([...arr])");
    }

    @Override
    public long getSize() {
        return node.size();
    }
}
