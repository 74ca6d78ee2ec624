package io.lotline.epcis.internal;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * Where an event stands in the one order the query answers in: by the time Lotline recorded it, a captured event
 * before a ledger entry recorded at the same instant, then by row. Rows of both are only ever appended, so a page
 * continues where the last one ended even while more is recorded.
 */
record EventPosition(OffsetDateTime recordTime, Source source, long row) implements Comparable<EventPosition> {
    private static final Comparator<EventPosition> ORDER = Comparator
            .comparing((EventPosition position) -> position.recordTime().toInstant())
            .thenComparing(EventPosition::source).thenComparingLong(EventPosition::row);

    /** Where the event is kept: a captured event's row, or the ledger entry it is told of. */
    enum Source {
        CAPTURED, LEDGER
    }

    @Override
    public int compareTo(EventPosition other) {
        return ORDER.compare(this, other);
    }
}
