package io.lotline.shared;

/** A GS1 Serial Shipping Container Code: the 18-digit number on a pallet label (AI 00). */
public record Sscc(String value) {
    public Sscc {
        value = Gs1CheckDigit.requireValid("sscc", value == null ? null : value.trim(), new int[] {18}, "SSCC");
    }

    /** The SSCC of these 17 digits (extension digit, company prefix, serial reference) with its check digit. */
    public static Sscc completing(String withoutCheckDigit) {
        Gs1CheckDigit.requireDigits("sscc", withoutCheckDigit, "SSCC");
        return new Sscc(withoutCheckDigit + Gs1CheckDigit.expected(withoutCheckDigit));
    }

    public static boolean looksLikeOne(String code) {
        return code != null && code.length() == 18 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() { return value; }
}
