package io.lotline.ledger;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entries were booked on these lots, of these items, in the current transaction: their stock, shipments, receipts,
 * status or attributes may have changed. Published inside the booking's transaction; a listener that keeps a copy of
 * lot or stock data drops it when the transaction ends.
 */
public record EntriesBooked(Set<Long> lotIds, Set<Long> itemIds) {
    public EntriesBooked {
        lotIds = Set.copyOf(lotIds);
        itemIds = Set.copyOf(itemIds);
    }

    /** The lots and items of the postings booked. */
    public static EntriesBooked of(Collection<Posting> postings) {
        return new EntriesBooked(postings.stream().map(Posting::lotId).collect(Collectors.toSet()),
                postings.stream().map(Posting::itemId).collect(Collectors.toSet()));
    }
}
