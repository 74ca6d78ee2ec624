package io.lotline.ledger;

import io.lotline.shared.Conflict;

/** An entry is reversed at most once: a second reversal of it, however it is asked for, books nothing. */
public class EntryAlreadyReversed extends Conflict {
    public EntryAlreadyReversed(long entryId) {
        super("entryId", entryId, "entry-already-reversed",
                "Entry " + entryId + " is reversed already; a reversal is itself undone by booking the movement"
                        + " again");
    }
}
