package io.lotline.ledger;

import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;

/** More is to be taken from a place than lies there. Nothing is booked. */
public class InsufficientStock extends Conflict {
    public InsufficientStock(String field, String lotNumber, Place place, Quantity requested, Quantity onHand) {
        super(field, requested.amount().stripTrailingZeros().toPlainString(), "not-more-than-on-hand",
                "Lot " + lotNumber + " has " + onHand + " at " + describe(place) + "; " + requested
                        + " cannot be taken");
    }

    static String describe(Place place) {
        return place.location() + (place.pallet() == null ? "" : " on pallet " + place.pallet());
    }
}
