package io.lotline.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stock that is promised to someone while it still lies at its place: the picks of customer orders. The ledger asks
 * before it takes stock out of a place, so a transfer, a scrap, an issue to production or a shipment without an
 * order never takes what an order holds there. Counts are not asked: a count records what is there.
 */
public interface Reservations {

    /**
     * Keeps anyone from reserving stock of the items until the transaction ends, after waiting for whoever is
     * reserving some now; so what {@link #heldAt} answers stays true while the stock is taken.
     */
    void holdOff(Collection<Long> itemIds);

    /** What is held at each place asked about, and for whom; a place where nothing is held is left out. */
    Map<At, Held> heldAt(Collection<At> places);

    /** A lot at a location, on a pallet (0 for stock not on a pallet). */
    record At(long lotId, long locationId, long containerId) {
    }

    /** How much is held at a place, in the item's base unit, and who holds it (for example order codes). */
    record Held(BigDecimal quantity, List<String> holders) {
        public Held {
            holders = List.copyOf(holders);
        }
    }
}
