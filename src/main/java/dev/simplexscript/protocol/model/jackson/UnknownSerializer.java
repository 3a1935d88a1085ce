package dev.simplexscript.protocol.model.jackson;

import dev.simplexscript.protocol.model.UnknownVariant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an unknown union member as the object it was read from; that object already has its tag. */
public final class UnknownSerializer extends StdSerializer<UnknownVariant> {
    public UnknownSerializer() {
        super(UnknownVariant.class);
    }

    @Override
    public void serialize(UnknownVariant value, JsonGenerator gen, SerializationContext ctxt) {
        ctxt.writeValue(gen, value.raw());
    }

    @Override
    public void serializeWithType(
            UnknownVariant value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
        serialize(value, gen, ctxt);
    }
}
