package io.lotline.ledger;

import java.util.List;

/** The entries one command appended, under one command id. A replayed command returns the same booking. */
public record Booking(String commandId, List<Entry> entries) {
    public Booking {
        entries = List.copyOf(entries);
    }
}
