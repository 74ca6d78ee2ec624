package io.lotline.recall;

import io.lotline.shared.Quantity;
import java.util.List;

/**
 * Where every unit of a lot went, in its base unit: what came in (received, produced, returned, found at counts,
 * corrections back in) equals what went out (consumed, shipped, scrapped, lost at counts, corrections out) plus what
 * is on hand. A gap other than zero means the books and the stock disagree; the entries of the lot explain it.
 */
public record MassBalance(String lotNumber, String sku, Quantity received, Quantity produced, Quantity returned,
                          Quantity consumed, Quantity shipped, Quantity scrapped, Quantity adjustedIn,
                          Quantity adjustedOut, Quantity correctedIn, Quantity correctedOut, Quantity onHand,
                          Quantity gap, List<Long> explainingEntries) {

    public boolean balances() {
        return gap.isZero();
    }
}
