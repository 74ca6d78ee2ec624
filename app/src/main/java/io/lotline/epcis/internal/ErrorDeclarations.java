package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Booking;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ReverseEntry;
import io.lotline.lots.Lots;
import io.lotline.shared.LotlineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event with an {@code errorDeclaration} says that an earlier event did not happen as captured: EPCIS repeats the
 * event, declared in error, instead of changing it. The event declared in error is the captured one with the same
 * content but the declaration (the same CBV event hash). Where it booked a receipt, a shipment or a scrap, each of
 * its entries is reversed by a correction entry with the declared reason, as the REST reversal books it; a reversal
 * the ledger refuses (the received stock is gone) refuses the whole document. Production, packings and holds are
 * not reversed here (a hold is undone by a signed release): such a declaration is kept, with the reason, and so is
 * one of an event that booked nothing. A declaration books nothing of its own kind.
 */
@Component
class ErrorDeclarations {
    private static final Set<EntryType> REVERSED = Set.of(EntryType.RECEIPT, EntryType.SHIPMENT, EntryType.SCRAP);

    private final CapturedEvents events;
    private final Ledger ledger;
    private final Movements movements;
    private final Lots lots;

    ErrorDeclarations(CapturedEvents events, Ledger ledger, Movements movements, Lots lots) {
        this.events = events;
        this.ledger = ledger;
        this.movements = movements;
        this.lots = lots;
    }

    static boolean declares(JsonNode body) {
        return body.path("errorDeclaration").isObject();
    }

    /** The CBV event hash of the event declared in error: this event's content without the declaration. */
    static String declaredHash(JsonNode body) {
        ObjectNode declared = ((ObjectNode) body).deepCopy();
        declared.remove("errorDeclaration");
        return EventHash.of(declared);
    }

    /**
     * What the declaration corrects. It reads the events captured and their bookings, this capture's included, so
     * what the capture holds is written first ({@link CapturedEvents#rowWithHash}).
     */
    List<EventBooking> book(EventRow row, CapturedEvent event, JsonNode body) {
        Optional<Long> declared = events.rowWithHash(declaredHash(body), row);
        if (declared.isEmpty()) {
            return notBooked(event, "No event captured before is the one declared in error"
                    + " (the same content without the errorDeclaration): the declaration is kept");
        }
        List<CapturedEvents.Outcome> outcomes = events.bookingsOf(declared.get());
        if (outcomes.isEmpty()) {
            return notBooked(event, "The event declared in error booked nothing: the declaration is kept");
        }
        Optional<CapturedEvents.Outcome> kept = outcomes.stream().filter(o -> o.ledgerCommand().isEmpty()).findFirst();
        if (kept.isPresent()) {
            return notBooked(event, kept.get().notCorrected());
        }
        List<EventBooking> corrections = new ArrayList<>();
        String reason = reason(event, body);
        try {
            for (CapturedEvents.Outcome outcome : outcomes) {
                for (Entry entry : ledger.ofCommand(outcome.ledgerCommand().get())) {
                    if (REVERSED.contains(entry.type()) && !corrected(entry)) {
                        Booking reversal = movements.reverse(EventStock.context(event, "reverse:" + entry.id()),
                                new ReverseEntry(entry.id(), reason));
                        corrections.add(EventBooking.moved(event.index(), event.eventId(),
                                EventBooking.Movement.CORRECTION, reversal.commandId(), List.of(entry.lotNumber())));
                    }
                }
            }
        } catch (LotlineException refused) {
            throw EventStock.refusal(event, refused);
        }
        return corrections.isEmpty() ? notBooked(event, "The entries of the event declared in error are corrected"
                + " already") : corrections;
    }

    /** Whether a correction entry reverses the entry already. */
    private boolean corrected(Entry entry) {
        return ledger.history(lots.lot(entry.lotNumber()).id()).stream()
                .anyMatch(later -> Long.valueOf(entry.id()).equals(later.correctsEntryId()));
    }

    private static String reason(CapturedEvent event, JsonNode body) {
        String declared = Cbv.bare(body.path("errorDeclaration").path("reason").asString("no reason given"));
        String reason = "EPCIS errorDeclaration (" + declared + ") of event " + event.key();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private static List<EventBooking> notBooked(CapturedEvent event, String reason) {
        return List.of(EventBooking.notBooked(event.index(), event.eventId(), reason));
    }
}
