package io.lotline.ledger;

import java.util.List;

/**
 * Appends history in bulk: a plant's back-log migrated from another system, or the benchmark's generated network.
 * Each command is the list of postings one {@link Ledger#post} would book under one command id. The entries are
 * chained after the current head exactly like single bookings, and the balances they move change in one statement
 * per call, so the ledger afterwards is indistinguishable from one booked entry by entry.
 *
 * <p>What is checked: stock never goes negative, in the order the entries are appended; each entry's item is its
 * lot's item; no entry is dated in the future. What is not: the movement policies (status, expiry, quarantine),
 * which judge a movement when it happens on the floor, not when its history is imported. Serial-numbered units and
 * status or attribute changes are booked one command at a time through {@link Ledger#post}.
 */
public interface BulkAppend {

    /** Appends in the caller's transaction and returns the ids of the new entries, in the order of the postings. */
    long[] append(List<List<Posting>> commands);
}
