package io.lotline.picking.domain;

import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Stock of one lot at one place, as the allocator sees it: the lot's status and dates, where it lies, whether that
 * place feeds orders, what lies there and how much of it is still free, that is on hand less what orders have
 * reserved. {@code receivedAt} is when the lot came into the warehouse (received or made); {@code receivedOn} is
 * that day where the site counts its days. A pallet of 0 and code {@code null} is loose stock.
 */
public record StockPosition(long lotId, String lotNumber, LotStatus status, LocalDate expiryDate, Instant receivedAt,
                            LocalDate receivedOn, long locationId, String location, boolean pickable,
                            long containerId, String pallet, Quantity onHand, Quantity available,
                            String heldByRecall) {

    /** Where it lies, as the picker reads it: {@code RACK-1 on pallet LP-7}. */
    public String place() {
        return location + (pallet == null ? "" : " on pallet " + pallet);
    }

    /** The same stock after a pick of this order took {@code taken} of it: less is free for the next line. */
    public StockPosition less(Quantity taken) {
        return withAvailable(available.minus(taken));
    }

    /** The same stock with {@code free} of it still free. */
    public StockPosition withAvailable(Quantity free) {
        return new StockPosition(lotId, lotNumber, status, expiryDate, receivedAt, receivedOn, locationId, location,
                pickable, containerId, pallet, onHand, free, heldByRecall);
    }

    /** The same lot at the same place: lot, location and pallet. */
    public boolean samePlaceAs(StockPosition other) {
        return lotId == other.lotId && locationId == other.locationId && containerId == other.containerId;
    }
}
