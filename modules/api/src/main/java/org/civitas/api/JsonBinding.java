package org.civitas.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import org.civitas.spi.DateInput;

/**
 * JSON binding for every resource, with two rules the default lacks: a yes/no field takes only {@code true} or
 * {@code false} (by default the text "abc" reads as false, so {@code {"published": "oui"}} would unpublish a
 * space), and a whole-number field takes only a whole number within its range (by default 2147483648 wraps
 * round to a negative number).
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictBoolean(), new StrictInteger(), new StrictLong(), new CityDate()));

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

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            try {
                return ((JsonNumber) value).intValueExact();
            } catch (ClassCastException | ArithmeticException e) {
                throw new JsonbException("a whole number between -2147483648 and 2147483647 expected");
            }
        }
    }

    /** Amounts in euros and ids: 1.5 is not a whole number, and is refused rather than cut to 1. */
    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            try {
                return ((JsonNumber) value).longValueExact();
            } catch (ClassCastException | ArithmeticException e) {
                throw new JsonbException("a whole number expected");
            }
        }
    }

    /** Dates of the city's life ({@link DateInput}): a year the database cannot store is refused here, not there. */
    static final class CityDate implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("a date YYYY-MM-DD expected");
            }
            return DateInput.parse(((JsonString) value).getString())
                    .orElseThrow(() -> new JsonbException("a date YYYY-MM-DD from 1900 to 2199 expected"));
        }
    }
}
