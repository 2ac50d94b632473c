package org.civitas.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON binding for every resource, with one rule the default lacks: a yes/no field takes only {@code true} or
 * {@code false}. By default the text "abc" reads as false, so {@code {"published": "oui"}} would unpublish a space.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBoolean()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("true or false expected");
            };
        }
    }
}
