package io.lotline.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stock promised to customer orders while it still lies at its place (a reservation), and what is free beside it.
 * The ledger keeps reservations next to the balances: it never takes out of a place what another order holds there
 * ({@link ReservedStock}), a shipment under an order may take what that order holds, and a lot that stops being
 * released keeps none. Reading an item's stock locks the item until the transaction ends, and so does every booking
 * that takes stock of it out of a place or changes the status of one of its lots; so what was read stays true while
 * the reader reserves from it, and two readers of the same item take turns.
 */
public interface AvailableStock {

    /**
     * Locks the items, waiting for whoever reads, reserves or books them now, and answers what their places hold, by
     * item id, each item's places in (lot, location, pallet) order. Places where nothing lies are left out.
     */
    Map<Long, List<StockAtPlace>> lockAndRead(Collection<Long> itemIds);

    /** One lot at one place as it is now, also when nothing lies there any more; nothing is locked. */
    StockAtPlace at(long lotId, long locationId, long containerId);

    /**
     * Reserves stock for the customer order, each reservation under the id its holder gives it (a pick). The caller
     * has read the items' stock with {@link #lockAndRead} in this transaction and reserves only what was free.
     */
    void reserve(String customerOrder, List<Reservation> reservations);

    /** Keeps {@code quantity} of the reservation and gives the rest back (a short pick); zero gives it all back. */
    void reduce(long reservation, BigDecimal quantity);

    /** Gives the reservations back, locking their items first; one that is gone already is passed over. */
    void release(Collection<Long> reservations);

    /** What a reservation holds of a lot at a place, in the item's base unit. */
    record Reservation(long id, long itemId, long lotId, long locationId, long containerId, BigDecimal quantity) {
    }
}
