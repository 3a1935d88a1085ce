package dev.simplexscript.lang.js;

import java.util.ArrayList;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of the core's as a script sees it: a read-only JS object over the shared tree.
 * Properties are read from the tree when the script reads them; nothing is copied, so a handler
 * that looks at {@code msg.text} only never pays for {@code msg.raw}.
 */
final class JsObjectView implements ProxyObject {
    private final JsonNode node;
    private final JsValues values;

    JsObjectView(JsonNode node, JsValues values) {
        this.node = node;
        this.values = values;
    }

    JsonNode node() {
        return node;
    }

    @Override
    public Object getMember(String key) {
        return values.json(node.get(key));
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromList(new ArrayList<>(node.propertyNames()));
    }

    @Override
    public boolean hasMember(String key) {
        return node.has(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("the core's data is read-only; copy it first ({...obj})");
    }

    @Override
    public boolean removeMember(String key) {
        throw new UnsupportedOperationException("the core's data is read-only; copy it first ({...obj})");
    }
}
