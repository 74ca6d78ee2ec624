package io.lotline.epcis;

import java.util.List;

/**
 * What a captured event did to Lotline's stock: the receipt, the production order or the pallet, or the ledger
 * command of the movement it booked (a shipment, a scrap, a hold, or the corrections an errorDeclaration reversed
 * an earlier event's entries with), and the lots it booked (or that lie on the pallet); or why it booked none (a
 * partner's location, an item, lot or party Lotline does not know). An event that books nothing is still kept.
 */
public record EventBooking(int index, String eventID, String receipt, String productionOrder, String pallet,
                           Movement movement, String ledgerCommand, List<String> lots, String notBooked) {
    public EventBooking {
        lots = List.copyOf(lots);
    }

    /** The kind of ledger movement an event booked, besides receipts, production and packings. */
    public enum Movement {
        SHIPMENT, SCRAP, STATUS_CHANGE, CORRECTION
    }

    /** A packing, unpacking or observation of the pallet, with the lots on it (and on the pallets inside it) now. */
    public static EventBooking packed(int index, String eventId, String pallet, List<String> lots) {
        return new EventBooking(index, eventId, null, null, pallet, null, null, lots, null);
    }

    public static EventBooking booked(int index, String eventId, String receipt, List<String> lots) {
        return new EventBooking(index, eventId, receipt, null, null, null, null, lots, null);
    }

    public static EventBooking produced(int index, String eventId, String order, List<String> lots) {
        return new EventBooking(index, eventId, null, order, null, null, null, lots, null);
    }

    /** A shipment, scrap, status change or correction, booked as one ledger command. */
    public static EventBooking moved(int index, String eventId, Movement movement, String ledgerCommand,
                                     List<String> lots) {
        return new EventBooking(index, eventId, null, null, null, movement, ledgerCommand, lots, null);
    }

    public static EventBooking notBooked(int index, String eventId, String reason) {
        return new EventBooking(index, eventId, null, null, null, null, null, List.of(), reason);
    }
}
