package io.lotline.epcis.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.Site;
import io.lotline.catalog.UnitConversion;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
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
 * What an event's identifiers are in Lotline, where they are known: a place of ours (a site's GLN, a location's
 * code as the GLN extension), a supplier by GLN, an item by GTIN, a lot by its number or the supplier's, a unit the
 * item is kept in, and a lot's dates from captured ILMD. Nothing here fails for an unknown identifier; lookups that
 * would fail are avoided, as a failure inside the capture's transaction would roll it back.
 */
@Component
class KnownIdentifiers {
    /** UN/ECE Recommendation 20 codes, as EPCIS writes units, and the codes the floor uses for them. */
    private static final Map<String, String> UNITS = Map.of("KGM", "KG", "GRM", "G", "LTR", "L", "MLT", "ML",
            "H87", "EA", "TNE", "T");

    private final CatalogLookups catalog;
    private final Lots lots;
    private final CapturedEvents events;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final CaptureBatches batches;

    KnownIdentifiers(CatalogLookups catalog, Lots lots, CapturedEvents events, CaptureBatches batches) {
        this.batches = batches;
        this.catalog = catalog;
        this.lots = lots;
        this.events = events;
    }

    /** The event's JSON-LD as a tree, read once for all that a capture does with the event. */
    JsonNode body(CapturedEvent event) {
        return batches.current().map(batch -> batch.body(event, json::readTree))
                .orElseGet(() -> event.body(json::readTree));
    }

    Optional<Site> site(String bizLocation) {
        return Gs1Keys.place(bizLocation).flatMap(key -> catalog.siteWithGln(key.gln()));
    }

    Optional<Location> location(String bizLocation) {
        return Gs1Keys.place(bizLocation).filter(key -> key.extension() != null).flatMap(key ->
                catalog.siteWithGln(key.gln()).flatMap(site -> catalog.locationWithCode(key.extension())
                        .filter(location -> site.code().equals(location.site()))));
    }

    /** The supplier named as owning or possessing party in the source list. */
    Optional<Party> supplier(JsonNode body) {
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

    Optional<Item> item(String epcClass) {
        return Gs1Keys.lotClass(epcClass).flatMap(lot -> catalog.itemWithGtin(lot.gtin()));
    }

    /** The lot of the class: Lotline's own lot number, else the one lot of the item with that supplier lot. */
    Optional<Lot> lot(String epcClass) {
        Optional<Gs1Keys.LotClass> key = Gs1Keys.lotClass(epcClass);
        Optional<Item> item = item(epcClass);
        if (key.isEmpty() || item.isEmpty()) {
            return Optional.empty();
        }
        String sku = item.get().sku();
        Optional<Lot> own = lots.lotWithNumber(key.get().lot()).filter(lot -> sku.equals(lot.sku()));
        if (own.isPresent()) {
            return own;
        }
        List<Lot> supplied = lots.lotsOfSupplierLot(key.get().lot()).stream()
                .filter(lot -> sku.equals(lot.sku())).toList();
        return supplied.size() == 1 ? Optional.of(supplied.get(0)) : Optional.empty();
    }

    /** The item's own unit that a quantity element's unit stands for; a count without unit is in each. */
    static Optional<UnitOfMeasure> unit(Item item, JsonNode element) {
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
    LotDates dates(JsonNode body, String epcClass) {
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
                String value = ilmd.path(key).asString("");
                try {
                    return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Why the business location is no location of ours, if it is not. */
    Optional<String> notOurPlace(String bizLocation) {
        if (site(bizLocation).isEmpty()) {
            return Optional.of("The business location " + bizLocation
                    + " is no site of ours: kept as a partner's event");
        }
        if (location(bizLocation).isEmpty()) {
            return Optional.of("The business location " + bizLocation + " names no location of site "
                    + site(bizLocation).get().code() + " by its GLN extension");
        }
        return Optional.empty();
    }

    /**
     * Why a quantity element's goods cannot be booked as a new lot, if they cannot; its dates are required where
     * nothing else gives them (a receipt; production derives them).
     */
    Optional<String> unknownGoods(JsonNode body, JsonNode element, boolean datesRequired) {
        String epcClass = element.path("epcClass").asString();
        Optional<Item> item = item(epcClass);
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
        if (datesRequired && item.get().shelfLifeDays() != null && dates(body, epcClass).isEmpty()) {
            return Optional.of("Item " + item.get().sku() + " keeps " + item.get().shelfLifeDays()
                    + " days and no expiry or production date of " + epcClass + " was captured"
                    + " (ILMD cbvmda:itemExpirationDate or cbvmda:productionDate)");
        }
        return Optional.empty();
    }
}
