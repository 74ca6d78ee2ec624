package io.lotline.picking.domain;

import java.util.Optional;

/**
 * Whether a scan confirms the pick the operator stands at. A GS1 label must name this pallet or this lot, and if it
 * names an item, this item; nothing it names may contradict the pick. The lot on a label is Lotline's lot number or,
 * on the supplier's own label, the supplier's lot number of this lot. A plain scan must be this pallet's code or
 * this lot's number. Anything else is refused with what was scanned and what was expected, and nothing moves.
 */
public final class ScanCheck {
    /** The rule of a label of another item: never confirmed, not even as a substitute. */
    public static final String WRONG_ITEM = "scan-item";

    private ScanCheck() {
    }

    public static Optional<Refusal> check(Scan scan, PickTarget target) {
        return scan.gs1() ? label(scan, target) : plain(scan, target);
    }

    /**
     * Whether the scan names this stock: a GS1 label by its pallet and lot, as far as it gives them; a plain scan by
     * the pallet code or the lot number. Used to find the stock an operator offers as a substitute.
     */
    public static boolean names(Scan scan, StockPosition position) {
        if (!scan.gs1()) {
            return scan.text().equals(position.pallet()) || scan.text().equals(position.lotNumber());
        }
        return (scan.sscc() != null || scan.lot() != null)
                && (scan.sscc() == null || scan.sscc().equals(position.pallet()))
                && (scan.lot() == null || scan.lot().equals(position.lotNumber()));
    }

    private static Optional<Refusal> label(Scan scan, PickTarget target) {
        if (scan.gtin() != null && target.gtin() != null && !scan.gtin().equals(target.gtin())) {
            return refuse(WRONG_ITEM, "The label is for GTIN " + scan.gtin() + "; this pick is item "
                    + target.sku() + " (GTIN " + target.gtin() + ")");
        }
        if (scan.sscc() != null && !scan.sscc().equals(target.pallet())) {
            return refuse("scan-pallet", "Pallet " + scan.sscc() + " scanned; " + expected(target));
        }
        if (scan.lot() != null && !scan.lot().equals(target.lotNumber()) && !scan.lot().equals(target.supplierLot())) {
            return refuse("scan-lot", "Lot " + scan.lot() + " scanned; " + expected(target));
        }
        if (scan.sscc() == null && scan.lot() == null) {
            return refuse("scan-names-stock", "The label names no pallet (00) and no lot (10); " + expected(target));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> plain(Scan scan, PickTarget target) {
        if (scan.text().equals(target.pallet()) || scan.text().equals(target.lotNumber())) {
            return Optional.empty();
        }
        return refuse("scan-matches-pick", "'" + scan.shown() + "' scanned; " + expected(target));
    }

    private static String expected(PickTarget target) {
        return target.pallet() == null
                ? "this pick is loose stock of lot " + target.lotNumber() + " at " + target.location()
                : "this pick is pallet " + target.pallet() + " with lot " + target.lotNumber() + " at "
                + target.location();
    }

    private static Optional<Refusal> refuse(String rule, String reason) {
        return Optional.of(new Refusal(rule, reason));
    }
}
