package io.lotline.lots;

import java.time.LocalDate;

/** What a lot number may be built from: the day, the item's lot code, the site's plant code, the line and shift. */
public record NumberingContext(LocalDate day, String itemCode, String plantCode, String lineCode, String shiftCode) {
}
