package io.lotline.picking.domain;

import io.lotline.gs1.Gs1;
import io.lotline.gs1.ScannedCode;
import io.lotline.shared.InvalidInput;

/**
 * What the handheld read from a label, through Lotline's one GS1 reader. A GS1 label names the pallet by its SSCC
 * (00), the item by its GTIN (01, or 02 for the contents of a pallet) and the lot (10), which on a supplier's label is
 * the supplier's lot. A plain scan is the text of a licence plate or of a lot label, and is compared with both.
 */
public record Scan(String text, boolean gs1, String sscc, String gtin, String lot) {
    public static final int MAX_LENGTH = 200;

    /** Reads what a keyboard-wedge scanner typed: GS1 data in any form a scanner sends, or plain text. */
    public static Scan read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("scan", text, "required", "Scan the pallet or the lot label");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("scan", text.substring(0, 40) + "...", "scan-length",
                    "A scan has at most " + MAX_LENGTH + " characters");
        }
        ScannedCode code = Gs1.read(text, "scan");
        if (!code.gs1()) {
            return new Scan(code.text(), false, null, null, null);
        }
        return new Scan(code.text(), true, code.value("00").orElse(null),
                code.value("01").or(() -> code.value("02")).orElse(null), code.value("10").orElse(null));
    }

    /** The scan as the operator would read it back: group separators shown as {@code |}. */
    public String shown() {
        return text.replace('\u001d', '|');
    }
}
