package io.lotline.picking;

import java.util.List;

/**
 * How much shelf life a customer wants left on the day goods ship to them: a minimum for everything
 * ({@code minimumRemainingDays}, null for none) and minimums for particular items, which take precedence.
 */
public record CustomerShelfLife(String customer, Integer minimumRemainingDays, List<ItemMinimum> items) {
    public CustomerShelfLife {
        items = List.copyOf(items);
    }

    /** A customer's minimum for one item. */
    public record ItemMinimum(String sku, int minimumRemainingDays) {
    }
}
