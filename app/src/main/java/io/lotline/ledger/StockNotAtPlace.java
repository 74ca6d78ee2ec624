package io.lotline.ledger;

import io.lotline.shared.Conflict;

/** The lot is not where the request says it is. */
public class StockNotAtPlace extends Conflict {
    public StockNotAtPlace(String field, String lotNumber, Place place) {
        super(field, place.location(), "lot-at-place",
                "Lot " + lotNumber + " has no stock at " + InsufficientStock.describe(place));
    }
}
