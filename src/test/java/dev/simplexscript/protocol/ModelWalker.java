package dev.simplexscript.protocol;

import dev.simplexscript.protocol.model.UnknownVariant;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/** Walks decoded records and reports every place the model did not fully type the JSON. */
final class ModelWalker {
    private ModelWalker() {}

    /** Adds "path: [keys]" for non-empty extra maps and "path: unknown tag X" for unknown union members. */
    static void extras(Object value, String path, List<String> out) {
        switch (value) {
            case null -> {}
            case UnknownVariant u -> out.add(path + ": unknown tag " + u.type());
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) extras(list.get(i), path + "[" + i + "]", out);
            }
            case Map<?, ?> map -> map.forEach((k, v) -> extras(v, path + "." + k, out));
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    Object v = get(c, r);
                    if (c.getName().equals("extra")) {
                        if (!((Map<?, ?>) v).isEmpty()) out.add(path + ": " + ((Map<?, ?>) v).keySet());
                    } else {
                        extras(v, path + "." + c.getName(), out);
                    }
                }
            }
            default -> {}
        }
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
