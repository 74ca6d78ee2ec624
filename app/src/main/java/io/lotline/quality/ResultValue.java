package io.lotline.quality;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import java.math.BigDecimal;

/** A result for one parameter: a number, a text, or passed / failed. */
public record ResultValue(@Code String parameter, BigDecimal numericValue, @FreeText String textValue, Boolean passed) {
    public ResultValue {
        if (parameter == null || parameter.isBlank()) {
            throw new InvalidInput("parameter", parameter, "required", "Name the parameter");
        }
        int given = (numericValue == null ? 0 : 1) + (textValue == null ? 0 : 1) + (passed == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidInput("parameter", parameter, "one-value",
                    "Give exactly one of numericValue, textValue or passed");
        }
        if (textValue != null && textValue.length() > 200) {
            throw new InvalidInput("textValue", textValue, "text-length", "At most 200 characters");
        }
    }
}
