package io.lotline.gs1;

import io.lotline.gs1.internal.Gs1Reader;

/**
 * The GS1 reader every scan in Lotline goes through: bracketed element strings, raw data with group separators,
 * scanner data behind a symbology identifier, EAN/UPC symbols and GS1 Digital Link URIs. The AIs, their lengths,
 * character sets, check digits, dates and the pairs they require or exclude come from GS1's Barcode Syntax
 * Dictionary. Text that is no GS1 code (a licence plate, an internal lot number) comes back as {@link ScanForm#PLAIN}.
 */
public final class Gs1 {
    private static final Gs1Reader LOTLINE = new Gs1Reader(ReadingRules.LOTLINE);

    private Gs1() {
    }

    /** Reads exactly what the scanner typed; a code that claims to be GS1 and breaks its rules is refused. */
    public static ScannedCode read(String code) {
        if (code == null || code.isBlank()) {
            throw new io.lotline.shared.InvalidInput("code", code, "required", "Scan a code");
        }
        return LOTLINE.read(code);
    }

    /** Reads a code that came in the named request field, so that a refusal names that field. */
    public static ScannedCode read(String code, String field) {
        try {
            return read(code);
        } catch (InvalidGs1Code refused) {
            throw refused.of(field);
        }
    }

    /** Reads under other rules, e.g. {@link ReadingRules#STRICT}. */
    public static ScannedCode read(String code, ReadingRules rules) {
        return new Gs1Reader(rules).read(code);
    }
}
