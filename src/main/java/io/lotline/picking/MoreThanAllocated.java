package io.lotline.picking;

import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;

/** More is confirmed than the pick holds: the extra is not reserved for this order, so it is not taken. */
public class MoreThanAllocated extends Conflict {
    public MoreThanAllocated(long pick, Quantity confirmed, Quantity allocated) {
        super("quantity", confirmed.amount().stripTrailingZeros().toPlainString(), "not-more-than-allocated",
                "Pick " + pick + " holds " + allocated + "; " + confirmed + " cannot be confirmed. Allocate the "
                        + "order again for more");
    }
}
