package dev.simplexscript.protocol.model.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.simplexscript.protocol.model.UnknownVariant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Maps {@code "type"} tags to the members of a sealed {@link Union} interface, read once from the
 * permitted subclasses. Any other tag maps to the union's {@link UnknownVariant} member, whose own
 * tag is written back unchanged.
 */
public final class TagResolver extends TypeIdResolverBase {
    private final Map<String, Class<?>> byTag = new HashMap<>();
    private final Map<Class<?>, String> byClass = new HashMap<>();
    private Class<?> unknown;
    private JavaType base;

    @Override
    public void init(JavaType baseType) {
        base = baseType;
        Class<?> raw = baseType.getRawClass();
        // Serializing a member directly (not through its interface) resolves with the member as base.
        Class<?>[] members = raw.isInterface() ? raw.getPermittedSubclasses() : new Class<?>[] {raw};
        if (members == null) throw new IllegalStateException(raw.getName() + " is a @Union but not sealed");
        for (Class<?> member : members) {
            if (UnknownVariant.class.isAssignableFrom(member)) {
                unknown = member;
                continue;
            }
            JsonTypeName name = member.getAnnotation(JsonTypeName.class);
            if (name == null) throw new IllegalStateException(member.getName() + " has no @JsonTypeName");
            byTag.put(name.value(), member);
            byClass.put(member, name.value());
        }
    }

    @Override
    public String idFromValue(DatabindContext ctxt, Object value) {
        return value instanceof UnknownVariant u ? u.type() : byClass.get(value.getClass());
    }

    @Override
    public String idFromValueAndType(DatabindContext ctxt, Object value, Class<?> suggestedType) {
        return idFromValue(ctxt, value);
    }

    @Override
    public JavaType typeFromId(DatabindContext ctxt, String id) {
        Class<?> member = byTag.getOrDefault(id, unknown);
        if (member == null) return null;
        return ctxt.constructSpecializedType(base, member);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return String.join(", ", byTag.keySet());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
