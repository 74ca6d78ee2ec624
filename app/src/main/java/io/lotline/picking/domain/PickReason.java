package io.lotline.picking.domain;

import io.lotline.catalog.PickingStrategy;

/**
 * The sentence on the pick list that says why this lot: "FEFO: expires 2026-12-01, earliest of 4 eligible lots".
 * A lot the order line asked for says so; a strategy a supervisor set on the line names the reason given.
 */
final class PickReason {
    private PickReason() {
    }

    static String why(Demand demand, StockPosition position, int lotIndex, int lotCount) {
        if (demand.rules().requestedLot() != null) {
            return "Lot " + position.lotNumber() + " as requested on the order line";
        }
        String strategy = demand.strategy().name() + (demand.overrideReason() == null ? ""
                : " (set on the order line: " + demand.overrideReason() + ")");
        return strategy + ": " + PickSequence.rankOf(demand.strategy(), position) + ", "
                + standing(demand, lotIndex, lotCount);
    }

    private static String standing(Demand demand, int index, int count) {
        if (count == 1) {
            return "the only eligible lot";
        }
        if (index == 0) {
            return (demand.strategy() == PickingStrategy.LIFO ? "latest" : "earliest") + " of "
                    + count + " eligible lots";
        }
        return ordinal(index + 1) + " of " + count + " eligible lots";
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
