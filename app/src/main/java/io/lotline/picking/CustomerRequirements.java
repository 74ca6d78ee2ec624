package io.lotline.picking;

/** What customers require of the goods they get: for now, the minimum remaining shelf life on the ship date. */
public interface CustomerRequirements {

    CustomerShelfLife shelfLife(String customer);

    /** Sets (or, with no days, removes) the customer's minimum for every item. */
    CustomerShelfLife requireShelfLife(String customer, ShelfLifeMinimum minimum);

    /** Sets (or, with no days, removes) the customer's minimum for one item, which overrides the general one. */
    CustomerShelfLife requireShelfLife(String customer, String sku, ShelfLifeMinimum minimum);
}
