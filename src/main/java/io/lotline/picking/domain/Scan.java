package io.lotline.picking.domain;

import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Sscc;
import java.util.Map;

/**
 * What the handheld read from a label. A GS1 label names the pallet by its SSCC (00), the item by its GTIN (01, or
 * 02 for the contents of a pallet) and the lot (10). A plain scan is the text of a licence plate or of a lot label,
 * and is compared with both.
 */
public record Scan(String text, boolean gs1, String sscc, String gtin, String lot) {
    public static final int MAX_LENGTH = 200;

    /** Reads what a keyboard-wedge scanner typed: a GS1 element string or plain text. */
    public static Scan read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("scan", text, "required", "Scan the pallet or the lot label");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("scan", text.substring(0, 40) + "...", "scan-length",
                    "A scan has at most " + MAX_LENGTH + " characters");
        }
        String typed = text.strip();
        if (!Gs1ElementString.looksLikeOne(typed)) {
            return new Scan(typed, false, null, null, null);
        }
        Map<String, String> elements = Gs1ElementString.parse(typed);
        try {
            String sscc = elements.containsKey("00") ? new Sscc(elements.get("00")).value() : null;
            String trade = elements.containsKey("01") ? elements.get("01") : elements.get("02");
            return new Scan(typed, true, sscc, trade == null ? null : new Gtin(trade).value(), elements.get("10"));
        } catch (LotlineException wrongCheckDigit) {
            throw wrongCheckDigit.within("scan");
        }
    }

    /** The scan as the operator would read it back: group separators shown as {@code |}. */
    public String shown() {
        return text.replace(Gs1ElementString.GS, '|');
    }
}
