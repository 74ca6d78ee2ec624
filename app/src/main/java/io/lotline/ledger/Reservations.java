package io.lotline.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Stock that is promised to someone while it still lies at its place: the picks of customer orders. The ledger asks
 * before it takes stock out of a place, so a transfer, a scrap, an issue to production or a shipment without an
 * order never takes what an order holds there; a shipment under an order may take what that order holds. Counts are
 * not asked: a count records what is there.
 */
public interface Reservations {

    /**
     * Keeps anyone from reserving stock of the items until the transaction ends, after waiting for whoever is
     * reserving some now; so what {@link #heldAt} answers stays true while the stock is taken.
     */
    void holdOff(Collection<Long> itemIds);

    /**
     * What is held at each place asked about, by the code of the customer order that holds it, in the item's base
     * unit; a place where nothing is held is left out.
     */
    Map<At, Map<String, BigDecimal>> heldAt(Collection<At> places);

    /** A lot at a location, on a pallet (0 for stock not on a pallet). */
    record At(long lotId, long locationId, long containerId) {
    }
}
