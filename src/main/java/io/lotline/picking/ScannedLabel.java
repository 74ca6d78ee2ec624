package io.lotline.picking;

import io.lotline.picking.domain.Gs1ElementString;
import io.lotline.picking.domain.Scan;
import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a keyboard-wedge scanner typed, read the way picking reads it: a GS1 element string gives the pallet (SSCC,
 * 00), the item (GTIN, 01 or 02), the supplier's lot (10) and the production (11) and expiry (17) dates; anything
 * else is plain text, a licence plate or a lot number. A malformed GS1 string or a wrong check digit is refused.
 */
public record ScannedLabel(String text, boolean gs1, String sscc, String gtin, String lot, LocalDate productionDate,
                           LocalDate expiryDate) {

    /** Reads the scan; {@code today} places two-digit years in their century as GS1 prescribes. */
    public static ScannedLabel read(String text, LocalDate today) {
        Scan scan = Scan.read(text);
        if (!scan.gs1()) {
            return new ScannedLabel(scan.text(), false, null, null, null, null, null);
        }
        Map<String, String> elements = Gs1ElementString.parse(scan.text());
        return new ScannedLabel(scan.text(), true, scan.sscc(), scan.gtin(), scan.lot(),
                date(elements.get("11"), today), date(elements.get("17"), today));
    }

    /**
     * A GS1 date YYMMDD: the century is the one that puts the year within 49 years back and 50 ahead of today; day
     * 00 means the last day of the month.
     */
    static LocalDate date(String yymmdd, LocalDate today) {
        if (yymmdd == null) {
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100 * 100;
        int difference = yy - today.getYear() % 100;
        int year = century + yy + (difference >= 51 ? -100 : difference <= -50 ? 100 : 0);
        try {
            YearMonth yearMonth = YearMonth.of(year, month);
            return day == 0 ? yearMonth.atEndOfMonth() : yearMonth.atDay(day);
        } catch (java.time.DateTimeException notADate) {
            throw new InvalidInput("scan", yymmdd, "gs1-date",
                    "The label's date " + yymmdd + " is not a date (YYMMDD)");
        }
    }
}
