package io.lotline.shared;

/** A GS1 Global Location Number: 13 digits identifying a party or a physical place (a site, a dock). */
public record Gln(String value) {
    public Gln {
        value = Gs1CheckDigit.requireValid("gln", value == null ? null : value.trim(), new int[] {13}, "GLN");
    }

    @Override
    public String toString() { return value; }
}
