package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.epcis.EventBooking;
import io.lotline.ledger.Booking;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ShipStock;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.shared.LotlineException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A shipping event at one of Lotline's own places ships, as the dispatcher would: an ObjectEvent with the business
 * step {@code shipping} (or with no step and the disposition {@code in_transit}) whose business location is a
 * location of ours, whose destination list names a customer known by GLN as owning (else possessing) party, and
 * whose quantity list names lots Lotline holds there. Each lot is one shipment of the ledger; one the ledger refuses
 * (more than lies there, a lot on hold) refuses the whole document. An event that does not map cleanly is kept and
 * ships nothing, with the reason. A {@code departing} event after the shipping event ships nothing more.
 */
@Component
class ShippingEvents {
    private final EventStock stock;
    private final Movements movements;
    private final Catalog catalog;

    ShippingEvents(EventStock stock, Movements movements, Catalog catalog) {
        this.stock = stock;
        this.movements = movements;
        this.catalog = catalog;
    }

    static boolean ships(CapturedEvent event) {
        return "ObjectEvent".equals(event.type()) && !"ADD".equals(event.action())
                && ("shipping".equals(event.bizStep())
                || event.bizStep() == null && "in_transit".equals(event.disposition()));
    }

    EventBooking book(CapturedEvent event, JsonNode body) {
        Optional<String> refusal = stock.unmapped(event, body, true);
        Optional<Party> customer = customer(body);
        if (refusal.isEmpty() && customer.isEmpty()) {
            refusal = Optional.of("No owning or possessing party of the destinationList is a customer known by GLN");
        }
        if (refusal.isPresent()) {
            return EventBooking.notBooked(event.index(), event.eventId(), refusal.get());
        }
        Place from = stock.place(event);
        List<EventStock.Line> lines = stock.lines(body);
        try {
            String command = null;
            for (int i = 0; i < lines.size(); i++) {
                EventStock.Line line = lines.get(i);
                Booking shipped = movements.ship(EventStock.context(event, "ship:" + i), new ShipStock(
                        line.lotNumber(), line.quantity(), from, customer.get().code(), references(body), List.of()));
                command = command == null ? shipped.commandId() : command;
            }
            return EventBooking.moved(event.index(), event.eventId(), EventBooking.Movement.SHIPMENT, command,
                    lines.stream().map(EventStock.Line::lotNumber).distinct().toList());
        } catch (LotlineException refused) {
            throw EventStock.refusal(event, refused);
        }
    }

    /** The customer the goods go to: the owning party of the destination list, else the possessing one. */
    private Optional<Party> customer(JsonNode body) {
        for (String type : List.of("owning_party", "possessing_party")) {
            for (JsonNode destination : body.path("destinationList")) {
                if (type.equals(Cbv.bare(destination.path("type").asString("")))) {
                    Optional<Party> party = Gs1Keys.party(destination.path("destination").asString(""))
                            .flatMap(gln -> catalog.partyWithGln(gln, PartyRole.CUSTOMER));
                    if (party.isPresent()) {
                        return party;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The despatch advice the event refers to, as the shipment's reference. A purchase order is not taken for one of
     * our customer orders: only picking's shipment may take what an order holds.
     */
    private static References references(JsonNode body) {
        for (JsonNode transaction : body.path("bizTransactionList")) {
            if ("desadv".equals(Cbv.bare(transaction.path("type").asString("")))) {
                return new References(null, null, reference(transaction.path("bizTransaction").asString("")),
                        null, null);
            }
        }
        return References.NONE;
    }

    private static String reference(String uri) {
        String id = uri.substring(Math.max(uri.lastIndexOf(':'), uri.lastIndexOf('/')) + 1);
        return id.length() > 80 ? id.substring(id.length() - 80) : id;
    }
}
