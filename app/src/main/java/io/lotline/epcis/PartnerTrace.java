package io.lotline.epcis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a lot came from as the captured events tell it, through partners' events as through our own: every lot it
 * was made from, transformation by transformation back to its origins (a vessel's catch, a farm's harvest), each
 * event that names one of these lots, each change of custody between parties on the way, and the FSMA 204
 * critical tracking events (harvesting, cooling, initial packing, first land-based receiving) of these lots.
 */
public record PartnerTrace(List<TracedLot> lots, List<TracedEvent> events, List<CustodyChange> custody,
                           List<CriticalTrackingEvent> criticalEvents) {
    public PartnerTrace {
        lots = List.copyOf(lots);
        events = List.copyOf(events);
        custody = List.copyOf(custody);
        criticalEvents = List.copyOf(criticalEvents);
    }

    /** A lot (GTIN and lot code), how many transformations back from the traced lot, and what it was made from. */
    public record TracedLot(String gtin, String lot, int depth, List<String> madeFrom) {
        public TracedLot {
            madeFrom = List.copyOf(madeFrom);
        }

        public static String name(String gtin, String lot) {
            return gtin + "/" + lot;
        }
    }

    /**
     * A captured event naming traced lots ({@code gtin/lot}); {@code atOurSite} says whether it happened at one of
     * Lotline's sites (and may have moved stock) or at a partner's (kept, moving none).
     */
    public record TracedEvent(String eventID, String type, String bizStep, OffsetDateTime eventTime,
                              String bizLocation, String readPoint, boolean atOurSite, List<String> lots) {
        public TracedEvent {
            lots = List.copyOf(lots);
        }
    }

    /** The owning or possessing party handing goods over, as an event's source and destination lists say. */
    public record CustodyChange(String eventID, OffsetDateTime eventTime, String partyType, String fromParty,
                                String toParty) {
    }
}
