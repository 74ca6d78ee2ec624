package io.lotline.epcis;

import java.util.List;

/**
 * What a captured receiving or transformation event did to Lotline's stock: the receipt, or the production order,
 * and the lots it booked; or why it booked none (a partner's location, an item, lot or supplier Lotline does not
 * know). An event that books nothing is still kept.
 */
public record EventBooking(int index, String eventID, String receipt, String productionOrder, List<String> lots,
                           String notBooked) {
    public EventBooking {
        lots = List.copyOf(lots);
    }

    public static EventBooking booked(int index, String eventId, String receipt, List<String> lots) {
        return new EventBooking(index, eventId, receipt, null, lots, null);
    }

    public static EventBooking produced(int index, String eventId, String order, List<String> lots) {
        return new EventBooking(index, eventId, null, order, lots, null);
    }

    public static EventBooking notBooked(int index, String eventId, String reason) {
        return new EventBooking(index, eventId, null, null, List.of(), reason);
    }
}
