package io.lotline.picking.domain;

import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * A picker may take other stock than the pick names, when the pallet is blocked in or another lot is to hand, but
 * only stock that the allocation could just as well have chosen: eligible for the order line by every rule, of the
 * same rank under the line's strategy (the same expiry date under FEFO, received the same day under FIFO and LIFO),
 * and free in the quantity taken. The pick list records it as a substitution.
 */
public final class Substitution {
    private Substitution() {
    }

    /** Every reason the offered stock may not replace the allocated stock; empty when it may. */
    public static List<Refusal> refusals(PickingStrategy strategy, Eligibility eligibility, StockPosition allocated,
                                         StockPosition offered, Quantity quantity) {
        List<Refusal> refusals = new ArrayList<>(eligibility.refusals(offered));
        if (!PickSequence.sameRank(strategy, allocated, offered)) {
            refusals.add(new Refusal("substitute-same-rank", "lot " + offered.lotNumber() + " "
                    + PickSequence.rankOf(strategy, offered) + ", the allocated lot " + allocated.lotNumber() + " "
                    + PickSequence.rankOf(strategy, allocated) + "; under " + strategy + " a substitute "
                    + (strategy == PickingStrategy.FEFO ? "expires on the same day" : "was received on the same day")));
        }
        if (!offered.available().isZero() && offered.available().isLessThan(quantity)) {
            refusals.add(new Refusal("substitute-enough-free", "only " + offered.available() + " of lot "
                    + offered.lotNumber() + " is free at " + offered.place() + "; " + quantity + " is to be picked"));
        }
        return refusals;
    }
}
