package io.lotline.epcis;

import java.util.List;

/**
 * What a captured receiving, transformation or aggregation event did to Lotline's stock: the receipt, the production
 * order or the pallet, and the lots it booked (or that lie on the pallet); or why it booked none (a partner's
 * location, an item, lot or supplier Lotline does not know). An event that books nothing is still kept.
 */
public record EventBooking(int index, String eventID, String receipt, String productionOrder, String pallet,
                           List<String> lots, String notBooked) {
    public EventBooking {
        lots = List.copyOf(lots);
    }

    /** A packing, unpacking or observation of the pallet, with the lots on it (and on the pallets inside it) now. */
    public static EventBooking packed(int index, String eventId, String pallet, List<String> lots) {
        return new EventBooking(index, eventId, null, null, pallet, lots, null);
    }

    public static EventBooking booked(int index, String eventId, String receipt, List<String> lots) {
        return new EventBooking(index, eventId, receipt, null, null, lots, null);
    }

    public static EventBooking produced(int index, String eventId, String order, List<String> lots) {
        return new EventBooking(index, eventId, null, order, null, lots, null);
    }

    public static EventBooking notBooked(int index, String eventId, String reason) {
        return new EventBooking(index, eventId, null, null, null, List.of(), reason);
    }
}
