package io.lotline.ledger;

import io.lotline.shared.Quantity;
import java.time.Instant;
import java.util.List;

/**
 * One confirmed fact in the ledger, as the history of a lot shows it. {@code occurredAt} is when it happened on the
 * floor (a scanner that was offline may book it later); {@code recordedAt} is when Lotline recorded it.
 */
public record Entry(long id, long seq, String commandId, EntryType type, String lotNumber, String sku,
                    Quantity quantity, Quantity baseQuantity, Place from, Place to, String party,
                    References references, String reasonCode, String note, AttributeChange change,
                    Long correctsEntryId, List<String> serials, String actor, Instant occurredAt, Instant recordedAt,
                    String hash) {
    public Entry {
        serials = List.copyOf(serials);
    }

    /** The entry as a role without trace access sees it: the supplier or customer it came from or went to left out. */
    public Entry withoutParty() {
        return new Entry(id, seq, commandId, type, lotNumber, sku, quantity, baseQuantity, from, to, null, references,
                reasonCode, note, change, correctsEntryId, serials, actor, occurredAt, recordedAt, hash);
    }
}
