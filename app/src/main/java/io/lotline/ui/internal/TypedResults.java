package io.lotline.ui.internal;

import io.lotline.quality.ParameterKind;
import io.lotline.quality.QualityCommands.RecordResults;
import io.lotline.quality.QualityCommands.ResultSource;
import io.lotline.quality.ResultValue;
import io.lotline.quality.SpecParameter;
import io.lotline.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Results as the quality desk types them: one input per parameter of the item's specification, read as that
 * parameter's kind wants (a number, pass or fail, a text); a blank input records nothing. With a certificate chosen
 * the results are the certificate's (COA), otherwise the lab's own inspection.
 */
record TypedResults(List<SpecParameter> specification) {

    RecordResults read(String documentId, String[] parameters, String[] values) {
        Long document = document(documentId);
        List<ResultValue> results = new ArrayList<>();
        int count = parameters == null || values == null ? 0 : Math.min(parameters.length, values.length);
        for (int i = 0; i < count; i++) {
            String value = values[i].strip();
            if (!value.isEmpty()) {
                results.add(result(parameters[i], value));
            }
        }
        return new RecordResults(document == null ? ResultSource.INSPECTION : ResultSource.COA, document, results);
    }

    private ResultValue result(String parameter, String value) {
        ParameterKind kind = specification.stream().filter(spec -> spec.parameter().equals(parameter))
                .map(SpecParameter::kind).findFirst().orElse(ParameterKind.TEXT);
        return switch (kind) {
            case NUMERIC -> new ResultValue(parameter, number(parameter, value), null, null);
            case PASS_FAIL -> new ResultValue(parameter, null, null, "PASS".equals(value));
            case TEXT -> new ResultValue(parameter, null, value, null);
        };
    }

    private static BigDecimal number(String parameter, String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("results", value, "number", "Type " + parameter + " as a number, e.g. 12.5");
        }
    }

    private static Long document(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed);
        } catch (NumberFormatException notAnId) {
            throw new InvalidInput("documentId", typed, "number", "Choose one of the lot's documents");
        }
    }
}
