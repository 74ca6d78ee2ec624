package io.lotline.epcis.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.epcis.EventBooking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A receiving event at one of Lotline's own places books a receipt, as the clerk would: an ObjectEvent with the
 * business step {@code receiving} whose business location is a location of a site (its GLN, the location's code as
 * the GLN extension), whose owning (or possessing) source party is a supplier known by GLN, and whose quantity list
 * names lots (LGTIN) of items known by GTIN in units they are kept in. An event that does not map this cleanly is
 * kept and books nothing, with the reason; a receipt the ledger refuses refuses the whole document.
 */
@Component
class ReceivingEvents {
    private final KnownIdentifiers known;
    private final Receiving receiving;
    private final LotMasterData masterData;

    ReceivingEvents(KnownIdentifiers known, Receiving receiving, LotMasterData masterData) {
        this.known = known;
        this.receiving = receiving;
        this.masterData = masterData;
    }

    static boolean receives(CapturedEvent event) {
        return "ObjectEvent".equals(event.type()) && "receiving".equals(event.bizStep())
                && !"DELETE".equals(event.action());
    }

    Booked book(CapturedEvent event) {
        JsonNode body = known.body(event);
        Optional<String> refusal = unmapped(event, body);
        if (refusal.isPresent()) {
            return Booked.nothing(EventBooking.notBooked(event.index(), event.eventId(), refusal.get()));
        }
        Location location = known.location(event.bizLocation()).orElseThrow();
        Party supplier = known.supplier(body).orElseThrow();
        try {
            List<ReceiveGoods.Line> lines = new ArrayList<>();
            for (JsonNode element : body.path("quantityList")) {
                String epcClass = element.path("epcClass").asString();
                Item item = known.item(epcClass).orElseThrow();
                KnownIdentifiers.LotDates dates = known.dates(body, epcClass);
                lines.add(new ReceiveGoods.Line(item.sku(), new Quantity(element.path("quantity").decimalValue(),
                        KnownIdentifiers.unit(item, element).orElseThrow()), null,
                        Gs1Keys.lotClass(epcClass).orElseThrow().lot(), dates.production(), dates.expiry(),
                        new Place(location.code(), null), List.of(), List.of(), null, null, null,
                        masterData.attributes(body, epcClass, item)));
            }
            GoodsReceived receipt = receiving.receive(new BookingContext("epcis:" + event.contentHash(),
                    event.eventTime().toInstant()), new ReceiveGoods(supplier.code(), purchaseOrder(body), lines));
            return new Booked(EventBooking.booked(event.index(), event.eventId(), receipt.receiptId(),
                    receipt.lots().stream().map(GoodsReceived.ReceivedLot::lotNumber).toList()),
                    List.of(receipt.receiptId()));
        } catch (LotlineException refused) {
            throw refused.within("epcisBody.eventList[" + event.index() + "]")
                    .withDetail("index", event.index()).withDetail("eventID", event.eventId());
        }
    }

    /** Why this receiving event cannot be booked, if it cannot: the first identifier Lotline does not know. */
    private Optional<String> unmapped(CapturedEvent event, JsonNode body) {
        if (body.path("epcList").size() > 0) {
            return Optional.of("Receipts of single instances (epcList) are kept, not booked;"
                    + " send lots in quantityList");
        }
        if (body.path("quantityList").isEmpty()) {
            return Optional.of("The event names no lot in quantityList");
        }
        Optional<String> place = known.notOurPlace(event.bizLocation());
        if (place.isPresent()) {
            return place;
        }
        if (known.supplier(body).isEmpty()) {
            return Optional.of("No owning or possessing party of the sourceList is a supplier known by GLN");
        }
        for (JsonNode element : body.path("quantityList")) {
            Optional<String> goods = known.unknownGoods(body, element, true);
            if (goods.isPresent()) {
                return goods;
            }
        }
        return Optional.empty();
    }

    /** The purchase order the event refers to: its identifier after the issuer's GLN, as the clerk types it. */
    private static String purchaseOrder(JsonNode body) {
        for (JsonNode transaction : body.path("bizTransactionList")) {
            if ("po".equals(Cbv.bare(transaction.path("type").asString("")))) {
                String reference = transaction.path("bizTransaction").asString();
                int end = Math.max(reference.lastIndexOf(':'), reference.lastIndexOf('/'));
                String id = reference.substring(end + 1);
                return id.length() > 80 ? id.substring(id.length() - 80) : id;
            }
        }
        return null;
    }
}
