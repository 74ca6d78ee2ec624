package io.lotline.ledger;

import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;
import java.util.List;

/** More is to be taken from a place than lies there unreserved: orders hold the rest. Nothing is booked. */
public class ReservedStock extends Conflict {
    public ReservedStock(String field, String lotNumber, Place place, Quantity requested, Quantity onHand,
                         Quantity reserved, List<String> orders) {
        super(field, requested.amount().stripTrailingZeros().toPlainString(), "not-more-than-unreserved",
                "Lot " + lotNumber + " has " + onHand + " at " + InsufficientStock.describe(place) + ", of which "
                        + reserved + " is reserved for " + (orders.size() == 1 ? "order " : "orders ")
                        + String.join(", ", orders) + "; " + requested
                        + " cannot be taken. Cancel or re-allocate those orders first");
    }
}
