package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import java.util.List;

/** What a captured event booked, with the ledger commands that booked it (none where it booked nothing). */
record Booked(EventBooking outcome, List<String> commands) {
    Booked {
        commands = List.copyOf(commands);
    }

    static Booked nothing(EventBooking outcome) {
        return new Booked(outcome, List.of());
    }
}
