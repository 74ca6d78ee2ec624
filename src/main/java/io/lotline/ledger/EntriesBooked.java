package io.lotline.ledger;

import java.util.Set;

/**
 * Entries were booked on these lots in the current transaction: their stock, shipments, receipts, status or
 * attributes may have changed. Published inside the booking's transaction; a listener that keeps a copy of lot data
 * drops it after the commit.
 */
public record EntriesBooked(Set<Long> lotIds) {
    public EntriesBooked {
        lotIds = Set.copyOf(lotIds);
    }
}
