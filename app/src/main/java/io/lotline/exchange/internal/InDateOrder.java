package io.lotline.exchange.internal;

import io.lotline.exchange.TraceabilityEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The ledger's events and the events partners captured, each already in date order, as one sequence in date order;
 * on the same day the ledger's come first. Reads one event ahead on each side.
 */
final class InDateOrder implements Iterator<TraceabilityEvent> {
    private final Iterator<TraceabilityEvent> ledger;
    private final Iterator<TraceabilityEvent> captured;
    private TraceabilityEvent nextBooked;
    private TraceabilityEvent nextCaptured;

    InDateOrder(Iterator<TraceabilityEvent> ledger, Iterator<TraceabilityEvent> captured) {
        this.ledger = ledger;
        this.captured = captured;
        this.nextBooked = ahead(ledger);
        this.nextCaptured = ahead(captured);
    }

    @Override
    public boolean hasNext() {
        return nextBooked != null || nextCaptured != null;
    }

    @Override
    public TraceabilityEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TraceabilityEvent event;
        if (nextCaptured == null
                || nextBooked != null && !nextBooked.eventDate().isAfter(nextCaptured.eventDate())) {
            event = nextBooked;
            nextBooked = ahead(ledger);
        } else {
            event = nextCaptured;
            nextCaptured = ahead(captured);
        }
        return event;
    }

    private static TraceabilityEvent ahead(Iterator<TraceabilityEvent> events) {
        return events.hasNext() ? events.next() : null;
    }
}
