package io.lotline.shared;

/** A GS1 Global Location Number: 13 digits identifying a party or a physical place (a site, a dock). */
public record Gln(String value) {
    public Gln {
        value = Gs1CheckDigit.requireValid("gln", value == null ? null : value.trim(), new int[] {13}, "GLN");
    }

    /** The GLN whose twelve digits before the check digit are these (as an SGLN or PGLN URN holds them). */
    public static Gln completing(String withoutCheckDigit) {
        Gs1CheckDigit.requireDigits("gln", withoutCheckDigit, "GLN");
        return new Gln(withoutCheckDigit + Gs1CheckDigit.expected(withoutCheckDigit));
    }

    @Override
    public String toString() { return value; }
}
