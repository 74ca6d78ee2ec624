package io.lotline.picking;

import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;

/** More is confirmed than the pick holds: the extra is not reserved for this order, so it is not taken. */
public class MoreThanAllocated extends Conflict {
    /** {@code confirmed} and {@code allocated} as the operator reads them, {@code 3 BAG (75 KG)}, compared in base. */
    public MoreThanAllocated(long pick, Quantity confirmed, String confirmedShown, String allocatedShown) {
        super("quantity", confirmed.amount().stripTrailingZeros().toPlainString(), "not-more-than-allocated",
                "Pick " + pick + " holds " + allocatedShown + "; " + confirmedShown + " cannot be confirmed. Allocate "
                        + "the order again for more");
    }
}
