package io.lotline.ledger;

import io.lotline.shared.Quantity;
import java.time.Instant;
import java.util.List;

/**
 * An entry about to be appended, with every reference already resolved to its id. Capabilities that book stock
 * (receiving, production, picking) build postings; the ledger checks and appends them. A posting with a
 * {@code from} place takes stock from there, one with a {@code to} place puts stock there.
 */
public record Posting(EntryType type, long lotId, long itemId, Quantity quantity, Quantity baseQuantity,
                      PlaceIds from, PlaceIds to, Long partyId, References references, String reasonCode,
                      String note, AttributeChange change, Long correctsEntryId, Instant occurredAt,
                      List<String> serials) {
    public Posting {
        references = references == null ? References.NONE : references;
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /** A location id and a container id (0 for stock not on a pallet). */
    public record PlaceIds(long locationId, long containerId) {
    }
}
