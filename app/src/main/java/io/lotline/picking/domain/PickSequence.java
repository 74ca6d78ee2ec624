package io.lotline.picking.domain;

import io.lotline.catalog.PickingStrategy;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order in which stock leaves under each strategy. FIFO takes the lot received first; FEFO the lot that expires
 * first (a lot without an expiry date last), then the one received first; LIFO the lot received last. Ties are
 * broken the same way every time, by lot number, location code and pallet code, so that two runs over the same
 * stock allocate the same pallets.
 */
public final class PickSequence {
    private static final Comparator<StockPosition> TIE_BREAK = Comparator.comparing(StockPosition::lotNumber)
            .thenComparing(StockPosition::location)
            .thenComparing(StockPosition::pallet, Comparator.nullsFirst(Comparator.naturalOrder()));

    private PickSequence() {
    }

    public static Comparator<StockPosition> of(PickingStrategy strategy) {
        Comparator<StockPosition> received = Comparator.comparing(StockPosition::receivedAt);
        Comparator<StockPosition> first = switch (strategy) {
            case FIFO -> received;
            case FEFO -> Comparator.comparing(StockPosition::expiryDate,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(received);
            case LIFO -> received.reversed();
        };
        return first.thenComparing(TIE_BREAK);
    }

    /**
     * Whether two lots rank equally, so that a picker may take one for the other: the same expiry date under FEFO,
     * received on the same day under FIFO and LIFO.
     */
    public static boolean sameRank(PickingStrategy strategy, StockPosition a, StockPosition b) {
        return strategy == PickingStrategy.FEFO ? Objects.equals(a.expiryDate(), b.expiryDate())
                : Objects.equals(a.receivedOn(), b.receivedOn());
    }

    /** What the strategy looks at, in the words of the pick list: "expires 2026-12-01", "received 2026-11-02". */
    public static String rankOf(PickingStrategy strategy, StockPosition position) {
        if (strategy == PickingStrategy.FEFO) {
            return position.expiryDate() == null ? "no expiry date" : "expires " + position.expiryDate();
        }
        return "received " + position.receivedOn();
    }
}
