package io.lotline.ledger;

import io.lotline.lots.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lot at one place as whoever promises stock weighs it: the lot's status (and the recall holding it) and expiry
 * date, the location and whether orders are picked from it, the pallet (0 and {@code null} for loose stock), what
 * lies there and what customer orders hold there, in the item's base unit. What is held may be more than lies there
 * (after a count found less); what is free follows from both.
 */
public record StockAtPlace(long lotId, LotStatus status, String heldByRecall, LocalDate expiryDate, long locationId,
                           String location, boolean pickable, long containerId, String pallet, BigDecimal onHand,
                           BigDecimal reserved) {

    /** What lies here beyond what orders hold. */
    public BigDecimal free() {
        return onHand.subtract(reserved).max(BigDecimal.ZERO);
    }

    /** The same place once {@code more} is held there as well ({@code more} below zero gives stock back). */
    public StockAtPlace reserving(BigDecimal more) {
        return new StockAtPlace(lotId, status, heldByRecall, expiryDate, locationId, location, pickable, containerId,
                pallet, onHand, reserved.add(more));
    }

    /** Whether this is the lot at that location, on that pallet. */
    public boolean is(long lot, long location, long container) {
        return lotId == lot && locationId == location && containerId == container;
    }
}
