package io.lotline.web.internal;

import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Quantity;
import io.lotline.shared.Sscc;
import io.lotline.shared.UnitOfMeasure;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON form of the shared value types: identifiers and units are plain strings ({@code "KG"},
 * {@code "04012345000009"}); a quantity is {@code {"amount": 12.5, "unit": "KG"}} with the amount exact.
 */
@Configuration(proxyBeanMethods = false)
class ValueTypesJson {

    /**
     * A misspelt field is an error the client should hear about, not a value silently dropped; a yes/no field left
     * out means no. A key given twice, a number where text belongs, a fraction where a whole number belongs and text
     * where a number or yes/no belongs are refused rather than guessed at (ADR 0023).
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, yesNo -> yesNo
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    @Bean
    JacksonModule lotlineValueTypes() {
        SimpleModule module = new SimpleModule("lotline-value-types");
        text(module, UnitOfMeasure.class, UnitOfMeasure::of, UnitOfMeasure::code);
        text(module, Gtin.class, Gtin::new, Gtin::value);
        text(module, Gln.class, Gln::new, Gln::value);
        text(module, Sscc.class, Sscc::new, Sscc::value);
        text(module, LotNumber.class, LotNumber::new, LotNumber::value);
        module.addSerializer(Quantity.class, new ValueSerializer<>() {
            @Override
            public void serialize(Quantity quantity, JsonGenerator out, SerializationContext context) {
                out.writeStartObject();
                out.writeName("amount");
                out.writeNumber(quantity.amount().stripTrailingZeros().toPlainString());
                out.writeStringProperty("unit", quantity.unit().code());
                out.writeEndObject();
            }
        });
        return module;
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse,
                                 Function<T, String> print) {
        module.addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializationContext context) {
                out.writeString(print.apply(value));
            }
        });
        module.addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) {
                // a code sent as a JSON number has lost its leading zeros: only text is taken
                if (in.currentToken() != JsonToken.VALUE_STRING) {
                    return context.reportInputMismatch(type, "Expected text for " + type.getSimpleName());
                }
                return parse.apply(in.getString());
            }
        });
    }
}
