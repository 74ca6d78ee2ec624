package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.Site;
import io.lotline.catalog.UnitConversion;
import io.lotline.epcis.EventBooking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A receiving event at one of Lotline's own places books a receipt, as the clerk would: an ObjectEvent with the
 * business step {@code receiving} whose business location is a location of a site (its GLN, the location's code as
 * the GLN extension), whose owning (or possessing) source party is a supplier known by GLN, and whose quantity list
 * names lots (LGTIN) of items known by GTIN in units they are kept in. An event that does not map this cleanly is
 * kept and books nothing, with the reason; a receipt the ledger refuses refuses the whole document.
 */
@Component
class ReceivingEvents {
    /** UN/ECE Recommendation 20 codes, as EPCIS writes units, and the codes the floor uses for them. */
    private static final Map<String, String> UNITS = Map.of("KGM", "KG", "GRM", "G", "LTR", "L", "MLT", "ML",
            "H87", "EA", "TNE", "T");

    private final Catalog catalog;
    private final Receiving receiving;
    private final CapturedEvents events;
    private final JsonMapper json;

    ReceivingEvents(Catalog catalog, Receiving receiving, CapturedEvents events) {
        this.catalog = catalog;
        this.events = events;
        this.receiving = receiving;
        this.json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    static boolean receives(CapturedEvent event) {
        return "ObjectEvent".equals(event.type()) && "receiving".equals(event.bizStep())
                && !"DELETE".equals(event.action());
    }

    EventBooking book(CapturedEvent event) {
        JsonNode body = json.readTree(event.json());
        Optional<String> refusal = unmapped(event, body);
        if (refusal.isPresent()) {
            return EventBooking.notBooked(event.index(), event.eventId(), refusal.get());
        }
        Location location = location(event).orElseThrow();
        Party supplier = supplier(body).orElseThrow();
        try {
            List<ReceiveGoods.Line> lines = new ArrayList<>();
            for (JsonNode element : body.path("quantityList")) {
                Gs1Keys.LotClass lot = Gs1Keys.lotClass(element.path("epcClass").asString()).orElseThrow();
                Item item = catalog.itemWithGtin(lot.gtin()).orElseThrow();
                LotDates dates = dates(body, element.path("epcClass").asString());
                lines.add(new ReceiveGoods.Line(item.sku(), new Quantity(element.path("quantity").decimalValue(),
                        unit(item, element).orElseThrow()), null, lot.lot(), dates.production(), dates.expiry(),
                        new Place(location.code(), null), List.of(), List.of(), null, null));
            }
            GoodsReceived receipt = receiving.receive(new BookingContext("epcis:" + event.contentHash(),
                    event.eventTime().toInstant()), new ReceiveGoods(supplier.code(), purchaseOrder(body), lines));
            return EventBooking.booked(event.index(), event.eventId(), receipt.receiptId(),
                    receipt.lots().stream().map(GoodsReceived.ReceivedLot::lotNumber).toList());
        } catch (LotlineException refused) {
            throw refused.within("epcisBody.eventList[" + event.index() + "]")
                    .withDetail("index", event.index()).withDetail("eventID", event.eventId());
        }
    }

    /** Why this receiving event cannot be booked, if it cannot: the first identifier Lotline does not know. */
    private Optional<String> unmapped(CapturedEvent event, JsonNode body) {
        if (body.path("epcList").size() > 0) {
            return Optional.of("Receipts of single instances (epcList) are kept, not booked; send lots in quantityList");
        }
        if (body.path("quantityList").isEmpty()) {
            return Optional.of("The event names no lot in quantityList");
        }
        Optional<Gs1Keys.PlaceKey> place = Gs1Keys.place(event.bizLocation());
        Optional<Site> site = place.flatMap(key -> catalog.siteWithGln(key.gln()));
        if (site.isEmpty()) {
            return Optional.of("The business location " + event.bizLocation()
                    + " is no site of ours: kept as a partner's event");
        }
        if (location(event).isEmpty()) {
            return Optional.of("The business location " + event.bizLocation() + " names no location of site "
                    + site.get().code() + " by its GLN extension");
        }
        if (supplier(body).isEmpty()) {
            return Optional.of("No owning or possessing party of the sourceList is a supplier known by GLN");
        }
        for (JsonNode element : body.path("quantityList")) {
            String epcClass = element.path("epcClass").asString();
            Optional<Item> item = Gs1Keys.lotClass(epcClass).flatMap(lot -> catalog.itemWithGtin(lot.gtin()));
            if (item.isEmpty()) {
                return Optional.of("The class " + epcClass + " is no lot of an item known by GTIN");
            }
            if (unit(item.get(), element).isEmpty()) {
                return Optional.of("The unit " + element.path("uom").asString("(none)") + " of " + epcClass
                        + " is none that item " + item.get().sku() + " is kept in");
            }
            if (item.get().tracking().serials()) {
                return Optional.of("Item " + item.get().sku() + " is tracked by serial; its units are not named");
            }
            if (item.get().shelfLifeDays() != null && dates(body, epcClass).isEmpty()) {
                return Optional.of("Item " + item.get().sku() + " keeps " + item.get().shelfLifeDays()
                        + " days and no expiry or production date of " + epcClass + " was captured"
                        + " (ILMD cbvmda:itemExpirationDate or cbvmda:productionDate)");
            }
        }
        return Optional.empty();
    }

    private Optional<Location> location(CapturedEvent event) {
        return Gs1Keys.place(event.bizLocation()).filter(key -> key.extension() != null).flatMap(key ->
                catalog.siteWithGln(key.gln()).flatMap(site -> catalog.locationWithCode(key.extension())
                        .filter(location -> site.code().equals(location.site()))));
    }

    private Optional<Party> supplier(JsonNode body) {
        for (JsonNode source : body.path("sourceList")) {
            String type = Cbv.bare(source.path("type").asString());
            if ("owning_party".equals(type) || "possessing_party".equals(type)) {
                Optional<Party> party = Gs1Keys.party(source.path("source").asString())
                        .flatMap(gln -> catalog.partyWithGln(gln, PartyRole.SUPPLIER));
                if (party.isPresent()) {
                    return party;
                }
            }
        }
        return Optional.empty();
    }

    /** The item's own unit that the event's unit stands for; a count without unit is in each. */
    private static Optional<UnitOfMeasure> unit(Item item, JsonNode element) {
        String uom = element.path("uom").asString("H87");
        List<UnitOfMeasure> known = new ArrayList<>(List.of(item.baseUnit()));
        item.alternativeUnits().stream().map(UnitConversion::unit).forEach(known::add);
        return known.stream().filter(unit -> unit.code().equals(uom) || unit.code().equals(UNITS.get(uom)))
                .findFirst();
    }

    /** A lot's dates as its instance/lot master data (ILMD) gives them. */
    record LotDates(LocalDate production, LocalDate expiry) {
        boolean isEmpty() {
            return production == null && expiry == null;
        }
    }

    /**
     * The lot's dates from this event's ILMD, or else from the latest captured event that names the lot with ILMD
     * (the supplier's commissioning event, typically).
     */
    private LotDates dates(JsonNode body, String epcClass) {
        LotDates own = ilmdDates(body.path("ilmd"));
        if (!own.isEmpty()) {
            return own;
        }
        return events.latestNaming(epcClass, 20).stream().map(json::readTree)
                .map(event -> ilmdDates(event.path("ilmd"))).filter(dates -> !dates.isEmpty()).findFirst()
                .orElse(own);
    }

    private static LotDates ilmdDates(JsonNode ilmd) {
        return new LotDates(date(ilmd, "productionDate"), date(ilmd, "itemExpirationDate"));
    }

    /** An ILMD date under the CBV master data attribute of this name, whatever prefix or form the key has. */
    private static LocalDate date(JsonNode ilmd, String attribute) {
        for (String key : ilmd.propertyNames()) {
            if (key.endsWith(":" + attribute) || key.endsWith("#" + attribute) || key.endsWith("/" + attribute)) {
                try {
                    return LocalDate.parse(ilmd.path(key).asString("").substring(0,
                            Math.min(10, ilmd.path(key).asString("").length())));
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return null;
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
