package io.lotline.epcis;

import java.util.List;

/**
 * What a capture did: the id of each event of the document in its order (the event id it carried, or the content
 * hash that stands for it), how many were new and how many had been captured before, and what each new receiving
 * event booked.
 */
public record CaptureReport(List<String> eventIds, int captured, int alreadyCaptured, List<EventBooking> bookings) {
    public CaptureReport {
        eventIds = List.copyOf(eventIds);
        bookings = List.copyOf(bookings);
    }
}
