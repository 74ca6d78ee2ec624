package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Booking;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.lots.LotStatus;
import io.lotline.shared.LotlineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A holding or inspecting event at one of Lotline's own places puts its lots on hold, as quality would, when its
 * disposition blocks them ({@code non_sellable_other}, {@code recalled}, {@code damaged}, ...): a lot on hold is
 * never allocated nor shipped. A sellable or active disposition on lots on hold asks for their release, which the
 * ledger grants only as quality's rules allow; they require a signed release, so such an event refuses the document
 * and names the rule. Lots already so (or past holding: rejected, recalled, expired) are kept, with the reason.
 */
@Component
class HoldingEvents {
    private static final Set<String> BLOCKING = Set.of("non_sellable_other", "recalled", "damaged",
            "non_conformant", "needs_replacement", "expired", "unavailable", "stolen");
    private static final Set<String> RELEASING = Set.of("sellable_accessible", "sellable_not_accessible", "active",
            "available", "conformant");

    private final EventStock stock;
    private final Movements movements;

    HoldingEvents(EventStock stock, Movements movements) {
        this.stock = stock;
        this.movements = movements;
    }

    static boolean holds(CapturedEvent event) {
        return "ObjectEvent".equals(event.type()) && !"ADD".equals(event.action())
                && ("holding".equals(event.bizStep()) || "inspecting".equals(event.bizStep()))
                && event.disposition() != null
                && (BLOCKING.contains(event.disposition()) || RELEASING.contains(event.disposition()));
    }

    EventBooking book(CapturedEvent event, JsonNode body) {
        Optional<String> refusal = stock.unmapped(event, body, false);
        if (refusal.isPresent()) {
            return EventBooking.notBooked(event.index(), event.eventId(), refusal.get());
        }
        boolean hold = BLOCKING.contains(event.disposition());
        LotStatus next = hold ? LotStatus.ON_HOLD : LotStatus.RELEASED;
        List<EventStock.Line> lines = stock.lines(body);
        List<String> lots = lines.stream().map(EventStock.Line::lotNumber).distinct().toList();
        List<ChangeLotStatus> changes = new ArrayList<>();
        for (EventStock.Line line : lines) {
            LotStatus now = line.lot().status();
            if (hold ? !now.canChangeTo(next) : now != LotStatus.ON_HOLD) {
                return EventBooking.notBooked(event.index(), event.eventId(), "Lot " + line.lotNumber() + " is "
                        + now + (hold ? "; it is not put on hold again" : "; only a lot on hold is released here"));
            }
            if (changes.stream().noneMatch(change -> change.lotNumber().equals(line.lotNumber()))) {
                changes.add(new ChangeLotStatus(line.lotNumber(), next, reason(event)));
            }
        }
        try {
            Booking changed = movements.changeStatus(EventStock.context(event, "status"), changes);
            return EventBooking.moved(event.index(), event.eventId(), EventBooking.Movement.STATUS_CHANGE,
                    changed.commandId(), lots);
        } catch (LotlineException refused) {
            throw EventStock.refusal(event, refused);
        }
    }

    private static String reason(CapturedEvent event) {
        String reason = "EPCIS " + event.bizStep() + " " + event.disposition() + ", event " + event.key();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
