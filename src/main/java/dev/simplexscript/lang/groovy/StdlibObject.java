package dev.simplexscript.lang.groovy;

import groovy.lang.Closure;
import java.util.Map;

/**
 * A stdlib module or helper object ({@code std.rateLimit(...)}, {@code limiter.allow(chat)}):
 * a map of closures written by us, seen by the script as an object with methods. Results that are
 * such maps are wrapped the same way, so chained helpers read naturally. The closures run under
 * the same sandbox as the script.
 */
final class StdlibObject extends GuestFacing {
    private final Map<?, ?> members;

    private StdlibObject(Map<?, ?> members) {
        this.members = members;
    }

    static Object wrap(Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() && map.values().stream().allMatch(v -> v instanceof Closure<?>)) {
            return new StdlibObject(map);
        }
        return value;
    }

    @Override
    public Object invokeMember(String name, Object[] args) {
        if (!(members.get(name) instanceof Closure<?> member)) throw notAMethod(StdlibObject.class, name, args);
        return wrap(member.call(args));
    }

    @Override
    public Object readMember(String name) {
        if (!members.containsKey(name)) throw notAProperty(StdlibObject.class, name);
        return members.get(name);
    }

    @Override
    String scriptName() {
        return "a stdlib object";
    }
}
