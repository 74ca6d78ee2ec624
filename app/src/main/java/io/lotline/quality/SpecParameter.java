package io.lotline.quality;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import java.math.BigDecimal;

/**
 * One line of an item's specification: moisture 0–14.5 %, colour "white", foreign bodies pass/fail. A required
 * parameter must have a result within limits before the lot is released.
 */
public record SpecParameter(@Code String parameter, ParameterKind kind, BigDecimal minimum, BigDecimal maximum,
                            @Code String unit, @FreeText String expectedText, boolean required) {
    public SpecParameter {
        if (parameter == null || parameter.isBlank() || parameter.length() > 60) {
            throw new InvalidInput("parameter", parameter, "required", "A parameter has a name of 1-60 characters");
        }
        if (kind == null) {
            throw new InvalidInput("kind", null, "required", "A parameter is NUMERIC, TEXT or PASS_FAIL");
        }
        minimum = plain(minimum);
        maximum = plain(maximum);
        if (kind == ParameterKind.NUMERIC && minimum == null && maximum == null) {
            throw new InvalidInput("minimum", null, "numeric-limit", "A numeric parameter has a minimum, a maximum or both");
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new InvalidInput("minimum", minimum.toPlainString(), "minimum-not-above-maximum",
                    "The minimum " + minimum.toPlainString() + " is above the maximum " + maximum.toPlainString());
        }
        if (kind != ParameterKind.NUMERIC && (minimum != null || maximum != null)) {
            throw new InvalidInput("minimum", minimum, "limits-only-for-numeric", "Only numeric parameters have limits");
        }
        if (kind == ParameterKind.TEXT && (expectedText == null || expectedText.isBlank())) {
            throw new InvalidInput("expectedText", expectedText, "required", "A text parameter says what it must read");
        }
    }

    /** 14.500000 as stored reads 14.5. */
    private static BigDecimal plain(BigDecimal limit) {
        return limit == null ? null : new BigDecimal(limit.stripTrailingZeros().toPlainString());
    }
}
