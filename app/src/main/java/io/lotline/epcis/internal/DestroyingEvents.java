package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Booking;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ScrapStock;
import io.lotline.ledger.Place;
import io.lotline.shared.LotlineException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A destroying event at one of Lotline's own places scraps, as the floor would: an ObjectEvent with the business step
 * {@code destroying} or the disposition {@code destroyed} whose business location is a location of ours and whose
 * quantity list names lots Lotline holds there. All its lots are scrapped in one ledger command, with the reason
 * {@code DESTROYED}; a scrap the ledger refuses (more than lies there) refuses the whole document.
 */
@Component
class DestroyingEvents {
    static final String REASON = "DESTROYED";

    private final EventStock stock;
    private final Movements movements;

    DestroyingEvents(EventStock stock, Movements movements) {
        this.stock = stock;
        this.movements = movements;
    }

    static boolean destroys(CapturedEvent event) {
        return "ObjectEvent".equals(event.type()) && !"ADD".equals(event.action())
                && ("destroying".equals(event.bizStep()) || "destroyed".equals(event.disposition()));
    }

    EventBooking book(CapturedEvent event, JsonNode body) {
        Optional<String> refusal = stock.unmapped(event, body, true);
        if (refusal.isPresent()) {
            return EventBooking.notBooked(event.index(), event.eventId(), refusal.get());
        }
        Place from = stock.place(event);
        List<EventStock.Line> lines = stock.lines(body);
        String note = "EPCIS event " + event.key();
        try {
            Booking scrapped = movements.scrap(EventStock.context(event, "scrap"), lines.stream()
                    .map(line -> new ScrapStock(line.lotNumber(), line.quantity(), from, List.of(), REASON,
                            note.length() > 500 ? note.substring(0, 500) : note))
                    .toList());
            return EventBooking.moved(event.index(), event.eventId(), EventBooking.Movement.SCRAP,
                    scrapped.commandId(), lines.stream().map(EventStock.Line::lotNumber).distinct().toList());
        } catch (LotlineException refused) {
            throw EventStock.refusal(event, refused);
        }
    }
}
