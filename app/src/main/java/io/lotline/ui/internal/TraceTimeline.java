package io.lotline.ui.internal;

import io.lotline.genealogy.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trace told in time, for people: every receipt from a supplier, every consumption of a lot into another, every pour
 * into a lot that already existed (a silo), and every shipment to a customer, oldest first. A pour says when the input
 * entered the lot and a draw when the material left it, so a silo's trace shows which inputs were in it when.
 *
 * @param events at most {@code shown} of them, oldest first
 * @param total  how many the trace has
 */
record TraceTimeline(List<Event> events, int total) {
    static final int SHOWN = 300;

    /**
     * One event: {@code kind} is received, consumed, poured or shipped; {@code from} and {@code to} a lot or a party;
     * {@code quantity} as booked.
     */
    record Event(Instant at, String kind, String from, String to, String quantity, String reference) {
    }

    static TraceTimeline of(Trace trace) {
        List<Event> events = new ArrayList<>();
        for (Trace.Receipt receipt : trace.receipts()) {
            events.add(new Event(receipt.occurredAt(), "received", name(receipt.supplierName(), receipt.supplier()),
                    receipt.lotNumber(), receipt.quantity().toString(), receipt.supplierLot()));
        }
        for (Trace.Edge edge : trace.edges()) {
            if (edge.enteredAt() != null) {
                events.add(new Event(edge.enteredAt(), "poured", edge.parent(), edge.child(),
                        edge.quantity().toString(), edge.productionOrder()));
            } else {
                events.add(new Event(edge.drawnAt(), "consumed", edge.parent(), edge.child(),
                        edge.quantity().toString(), edge.productionOrder()));
            }
        }
        for (Trace.Shipment shipment : trace.shipments()) {
            events.add(new Event(shipment.occurredAt(), "shipped", shipment.lotNumber(),
                    name(shipment.customerName(), shipment.customer()), shipment.quantity().toString(),
                    shipment.deliveryNote()));
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::kind).thenComparing(Event::from).thenComparing(Event::to));
        return new TraceTimeline(List.copyOf(events.subList(0, Math.min(SHOWN, events.size()))), events.size());
    }

    public boolean cut() {
        return total > events.size();
    }

    private static String name(String name, String code) {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }
}
