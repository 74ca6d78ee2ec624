package io.lotline.ledger;

import java.util.List;

/**
 * These entries were just booked, one command's worth, in the transaction still open: what partners and other
 * systems are told about, through an outbox written in the same transaction. History appended in bulk (a migration)
 * is not announced.
 */
public record EntriesPosted(List<Entry> entries) {
    public EntriesPosted {
        entries = List.copyOf(entries);
    }
}
