package io.lotline.imports.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rows that describe the same lot in several places describe it alike: one supplier lot, one supplier, one set of
 * dates, one status, one set of attributes; and each place once, for a lot listed twice at one place is a duplicate,
 * not more stock.
 */
final class StockLotAgreement {
    private StockLotAgreement() {
    }

    static void check(StockLot first, StockLot again, RowCells row) {
        int line = first.places().get(0).line();
        same(row, line, "supplierLot", first.supplierLot(), again.supplierLot());
        same(row, line, "supplier", first.supplierId(), again.supplierId());
        same(row, line, "productionDate", first.productionDate(), again.productionDate());
        same(row, line, "expiryDate", first.expiryDate(), again.expiryDate());
        same(row, line, "status", first.status(), again.status());
        new TreeSet<>(union(first.attributes().keySet(), again.attributes().keySet())).forEach(name -> same(row, line,
                OpeningStock.ATTRIBUTE + name, first.attributes().get(name), again.attributes().get(name)));
        StockLot.Place place = again.places().get(0);
        first.places().stream()
                .filter(earlier -> earlier.location().id() == place.location().id()
                        && Objects.equals(earlier.pallet(), place.pallet()))
                .findFirst()
                .ifPresent(earlier -> row.problem(again.lotNumber() != null ? "lotNumber" : "supplierLot",
                        again.lotNumber() != null ? again.lotNumber() : again.supplierLot(), "duplicated-lot",
                        "Line " + earlier.line() + " already lists this lot of " + again.item().sku() + " at "
                                + place.location().code() + (place.pallet() == null ? "" : " on " + place.pallet())
                                + "; list a lot once per place, with its whole quantity"));
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>(one);
        both.addAll(other);
        return both;
    }

    private static void same(RowCells row, int line, String column, Object first, Object again) {
        if (!Objects.equals(first, again)) {
            row.problem(column, again == null ? null : String.valueOf(again), "one-lot-alike",
                    "Line " + line + " describes the same lot with " + column + " " + first
                            + "; the rows of one lot agree on its supplier lot, supplier, dates, status and attributes");
        }
    }
}
