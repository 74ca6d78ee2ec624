package io.lotline.imports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lots of an opening-stock file as its rows are read: by item and lot number, or else supplier lot; a row of a
 * lot read before adds a place to it, if it describes the lot alike and names a new place.
 */
final class StockLots {
    private final Map<String, StockLot> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> lineOfNumber = new LinkedHashMap<>();

    void add(StockLot read, RowCells row) {
        StockLot.Place place = read.places().get(0);
        if (read.lotNumber() != null) {
            Integer line = lineOfNumber.putIfAbsent(read.lotNumber(), place.line());
            StockLot first = line == null ? null : byKey.get(key(read));
            if (line != null && first == null) {
                row.problem("lotNumber", read.lotNumber(), "duplicated-lot", "Line " + line
                        + " gives lot number " + read.lotNumber() + " to another lot; a lot number is unique");
                return;
            }
        }
        StockLot same = byKey.putIfAbsent(key(read), read);
        if (same != null) {
            StockLotAgreement.check(same, read, row);
            if (row.clean()) {
                same.places().add(place);
            }
        }
    }

    List<StockLot> lots() {
        return List.copyOf(byKey.values());
    }

    private static String key(StockLot lot) {
        String identity = lot.lotNumber() != null ? "#" + lot.lotNumber()
                : lot.supplierLot() != null ? "@" + lot.supplierLot() : "line " + lot.places().get(0).line();
        return lot.item().id() + "\n" + identity;
    }
}
