package io.lotline.ui.internal;

import io.lotline.gs1.Gs1;
import io.lotline.gs1.Gs1Dates;
import io.lotline.gs1.ScannedCode;
import java.time.LocalDate;

/**
 * What a keyboard-wedge scanner typed, as the pages use it: a GS1 code (element string, scanner data or Digital
 * Link, read by the one GS1 reader) gives the pallet (SSCC, 00), the item (GTIN, 01 or 02), the supplier's lot (10)
 * and the production (11) and expiry (17) dates; anything else is plain text, a licence plate or a lot number.
 */
record ScannedLabel(String text, boolean gs1, String sscc, String gtin, String lot, LocalDate productionDate,
                    LocalDate expiryDate) {

    /** Reads the scan; {@code today} places two-digit years in their century as GS1 prescribes. */
    static ScannedLabel read(String typed, LocalDate today) {
        ScannedCode code = Gs1.read(typed);
        if (!code.gs1()) {
            return new ScannedLabel(code.text(), false, null, null, null, null, null);
        }
        return new ScannedLabel(code.text(), true, code.value("00").orElse(null),
                code.value("01").or(() -> code.value("02")).orElse(null), code.value("10").orElse(null),
                code.value("11").map(date -> Gs1Dates.date(date, today)).orElse(null),
                code.value("17").map(date -> Gs1Dates.date(date, today)).orElse(null));
    }
}
