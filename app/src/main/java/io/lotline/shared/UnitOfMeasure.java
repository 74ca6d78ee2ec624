package io.lotline.shared;

import java.util.regex.Pattern;

/** A unit of measure code as the floor writes it: KG, EA, L, CASE. Upper case letters, digits and underscore. */
public record UnitOfMeasure(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,9}");

    public UnitOfMeasure {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("unit", code, "unit-code",
                    "A unit is 1-10 upper-case letters, digits or underscores, starting with a letter (KG, EA, CASE)");
        }
    }

    public static UnitOfMeasure of(String code) {
        return new UnitOfMeasure(code == null ? null : code.trim().toUpperCase());
    }

    @Override
    public String toString() { return code; }
}
