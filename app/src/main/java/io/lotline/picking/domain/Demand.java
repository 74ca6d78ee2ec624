package io.lotline.picking.domain;

import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Quantity;

/**
 * What one order line still needs: the quantity not yet allocated (in the item's base unit), the strategy that
 * orders the stock (the item's, or the one a supervisor set on the line, with the reason), and the line's rules.
 */
public record Demand(Quantity outstanding, PickingStrategy strategy, String overrideReason, LineRules rules) {
    public Demand {
        if (outstanding == null || strategy == null || rules == null) {
            throw new IllegalArgumentException("A demand has a quantity, a strategy and rules");
        }
    }
}
