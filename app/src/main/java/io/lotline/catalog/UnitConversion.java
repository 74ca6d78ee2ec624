package io.lotline.catalog;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** An alternative unit of an item and how many base units one of it holds: one CASE = 12 EA. */
public record UnitConversion(UnitOfMeasure unit, BigDecimal baseUnitsPerUnit) {
    public UnitConversion {
        if (unit == null) {
            throw new InvalidInput("units.unit", null, "required", "An alternative unit needs a code");
        }
        if (baseUnitsPerUnit == null || baseUnitsPerUnit.signum() <= 0) {
            throw new InvalidInput("units.baseUnitsPerUnit", baseUnitsPerUnit, "factor-positive",
                    "An alternative unit holds a positive number of base units");
        }
    }
}
