package io.lotline.epcis.internal;

import io.lotline.catalog.Location;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.lots.Lot;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The stock an ObjectEvent at one of Lotline's own places names: each lot of its quantity list (by Lotline's lot
 * number or the supplier's), in a unit its item is kept in, lying at the business location. What a shipping or
 * destroying event takes out of a place, and what a holding event holds.
 */
@Component
class EventStock {
    private final KnownIdentifiers known;

    EventStock(KnownIdentifiers known) {
        this.known = known;
    }

    /** One lot the event names, with the quantity it gives (none where it gives none). */
    record Line(Lot lot, Quantity quantity) {
        String lotNumber() {
            return lot.number().value();
        }
    }

    /** Why the event names no stock of ours that Lotline can book, if it does not: the first thing not known. */
    Optional<String> unmapped(CapturedEvent event, JsonNode body, boolean quantitiesRequired) {
        if (body.path("epcList").size() > 0) {
            return Optional.of("Single instances (epcList) are kept, not booked; send lots in quantityList");
        }
        if (body.path("quantityList").isEmpty()) {
            return Optional.of("The event names no lot in quantityList");
        }
        Optional<String> place = event.bizLocation() == null
                ? Optional.of("The event names no business location: kept as a partner's event")
                : known.notOurPlace(event.bizLocation());
        if (place.isPresent()) {
            return place;
        }
        for (JsonNode element : body.path("quantityList")) {
            String epcClass = element.path("epcClass").asString();
            Optional<Lot> lot = known.lot(epcClass);
            if (lot.isEmpty()) {
                return Optional.of("The class " + epcClass + " is no lot Lotline holds");
            }
            if (quantitiesRequired && !element.path("quantity").isNumber()) {
                return Optional.of("The event gives no quantity of " + epcClass);
            }
            if (element.path("quantity").isNumber()
                    && KnownIdentifiers.unit(known.item(epcClass).orElseThrow(), element).isEmpty()) {
                return Optional.of("The unit " + element.path("uom").asString("(none)") + " of " + epcClass
                        + " is none that item " + lot.get().sku() + " is kept in");
            }
        }
        return Optional.empty();
    }

    /** The business location as a place of ours; call only once {@link #unmapped} found nothing. */
    Place place(CapturedEvent event) {
        return new Place(known.location(event.bizLocation()).map(Location::code).orElseThrow(), null);
    }

    /** The lots of the quantity list; call only once {@link #unmapped} found nothing. */
    List<Line> lines(JsonNode body) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode element : body.path("quantityList")) {
            String epcClass = element.path("epcClass").asString();
            Quantity quantity = element.path("quantity").isNumber()
                    ? new Quantity(element.path("quantity").decimalValue(),
                    KnownIdentifiers.unit(known.item(epcClass).orElseThrow(), element).orElseThrow()) : null;
            lines.add(new Line(known.lot(epcClass).orElseThrow(), quantity));
        }
        return lines;
    }

    /** The booking context of one step of the event: its content and the step make the idempotency key. */
    static BookingContext context(CapturedEvent event, String step) {
        return new BookingContext("epcis:" + event.contentHash() + ":" + step, event.eventTime().toInstant());
    }

    /** A refusal of the ledger, placed at the event that caused it and naming its index and id. */
    static LotlineException refusal(CapturedEvent event, LotlineException refused) {
        return refused.within("epcisBody.eventList[" + event.index() + "]")
                .withDetail("index", event.index()).withDetail("eventID", event.eventId());
    }
}
