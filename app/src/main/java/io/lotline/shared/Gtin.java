package io.lotline.shared;

/**
 * A GS1 Global Trade Item Number. GTIN-8, -12, -13 and -14 are accepted and kept as the 14-digit form used in
 * element strings (AI 01) and Digital Link URIs; the check digit must be right.
 */
public record Gtin(String value) {
    private static final int[] LENGTHS = {8, 12, 13, 14};

    public Gtin {
        String digits = value == null ? null : value.trim();
        Gs1CheckDigit.requireValid("gtin", digits, LENGTHS, "GTIN");
        value = "0".repeat(14 - digits.length()) + digits;
    }

    /** The GTIN whose digits before the check digit are these (as an EPC class URN holds them). */
    public static Gtin completing(String withoutCheckDigit) {
        Gs1CheckDigit.requireDigits("gtin", withoutCheckDigit, "GTIN");
        return new Gtin(withoutCheckDigit + Gs1CheckDigit.expected(withoutCheckDigit));
    }

    @Override
    public String toString() { return value; }
}
