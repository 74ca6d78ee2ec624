package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.PartyRole;
import io.lotline.epcis.LedgerEvents;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Place;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A booked entry as the EPCIS event a partner's system would have recorded: the CBV business step and disposition
 * of what happened on the floor, the lot as its EPC class with quantity, where (the site's GLN with the location as
 * extension), the supplier or customer as owning party, and the order and delivery note. A consumption or output is a
 * transformation of its production order; a reversal re-states the entry it corrects with an error declaration, as
 * EPCIS corrects. Event ids are name-based UUIDs of the entry, the same however often it is told.
 */
@Component
class EntryEvents implements LedgerEvents {
    static final Map<EntryType, String> STEPS = Map.of(EntryType.RECEIPT, "receiving",
            EntryType.TRANSFER, "storing", EntryType.ISSUE, "commissioning", EntryType.OUTPUT, "commissioning",
            EntryType.SHIPMENT, "shipping", EntryType.RETURN, "receiving", EntryType.SCRAP, "destroying",
            EntryType.COUNT_ADJUSTMENT, "cycle_counting", EntryType.CORRECTION, "other");
    static final Map<EntryType, String> DISPOSITIONS = Map.of(EntryType.RECEIPT, "in_progress",
            EntryType.TRANSFER, "in_progress", EntryType.ISSUE, "active", EntryType.OUTPUT, "active",
            EntryType.SHIPMENT, "in_transit", EntryType.RETURN, "returned", EntryType.SCRAP, "destroyed");
    /** The disposition a lot status means to a partner; the step is holding for a block, inspecting otherwise. */
    static final Map<String, String> STATUS_DISPOSITIONS = Map.of("ON_HOLD", "non_sellable_other",
            "QUARANTINE", "non_sellable_other", "RECALLED", "recalled", "RELEASED", "conformant",
            "REJECTED", "non_conformant", "EXPIRED", "expired");
    /** The statuses that block a lot: their change is at {@code holding}, any other at {@code inspecting}. */
    static final Set<String> BLOCKING = Set.of("ON_HOLD", "QUARANTINE", "RECALLED");
    /** Entries told as a transformation of their production order; every other is an ObjectEvent. */
    static final Set<EntryType> TRANSFORMING = EnumSet.of(EntryType.ISSUE, EntryType.OUTPUT);
    /** Entries that happen where the stock was (it leaves); the others where it is (or stays) after. */
    static final Set<EntryType> AT_SOURCE = EnumSet.of(EntryType.SHIPMENT, EntryType.SCRAP, EntryType.ISSUE);

    private final Catalog catalog;
    private final Ledger ledger;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    EntryEvents(Catalog catalog, Ledger ledger, Clock clock) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String document(Entry entry) {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(QueryDocuments.CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", TraceDocuments.time(clock.instant()));
        document.putObject("epcisBody").putArray("eventList").add(event(entry));
        return json.writeValueAsString(document);
    }

    /** The event of the entry with this id, as JSON-LD. */
    String json(long entryId) {
        return json.writeValueAsString(event(ledger.entry(entryId)));
    }

    /** The entry's event; a reversal is the event of the entry it corrects, declared in error. */
    ObjectNode event(Entry entry) {
        if (entry.type() == EntryType.CORRECTION && entry.correctsEntryId() != null) {
            ObjectNode corrected = event(ledger.entry(entry.correctsEntryId()));
            ObjectNode declaration = corrected.putObject("errorDeclaration");
            declaration.put("declarationTime", TraceDocuments.time(entry.recordedAt()));
            declaration.put("reason", "incorrect_data");
            declaration.putArray("correctiveEventIDs").add(TraceDocuments.id("entry", String.valueOf(entry.id())));
            return corrected;
        }
        boolean transforms = TRANSFORMING.contains(entry.type());
        ObjectNode event = json.createObjectNode();
        event.put("type", transforms ? "TransformationEvent" : "ObjectEvent");
        event.put("eventTime", TraceDocuments.time(entry.occurredAt()));
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("eventID", TraceDocuments.id("entry", String.valueOf(entry.id())));
        Item item = catalog.itemWithSku(entry.sku()).orElse(null);
        String epcClass = TraceDocuments.classOf(item, entry.sku(), entry.lotNumber());
        if (transforms) {
            transformation(event, entry, epcClass);
        } else {
            ArrayNode epcs = event.putArray("epcList");
            if (item != null && item.gtin() != null) {
                entry.serials().forEach(serial -> epcs.add("https://id.gs1.org/01/" + item.gtin().value() + "/21/"
                        + TraceDocuments.encoded(serial)));
            }
            event.put("action", entry.type() == EntryType.SCRAP ? "DELETE" : "OBSERVE");
        }
        step(event, entry);
        Place place = AT_SOURCE.contains(entry.type()) || entry.to() == null ? entry.from() : entry.to();
        bizLocation(place).ifPresent(location -> event.putObject("bizLocation").put("id", location));
        References.of(entry, event);
        parties(entry, event);
        if (!transforms) {
            ArrayNode quantities = event.putArray("quantityList");
            if (entry.quantity() != null) {
                TraceDocuments.quantity(quantities, epcClass, entry.quantity());
            } else {
                quantities.addObject().put("epcClass", epcClass);
            }
        }
        return event;
    }

    private static void transformation(ObjectNode event, Entry entry, String epcClass) {
        ArrayNode list = event.putArray(entry.type() == EntryType.ISSUE ? "inputQuantityList" : "outputQuantityList");
        TraceDocuments.quantity(list, epcClass, entry.quantity());
        String order = entry.references().productionOrder();
        if (order != null) {
            event.put("transformationID", "urn:lotline:production-order:" + TraceDocuments.encoded(order));
        }
    }

    private static void step(ObjectNode event, Entry entry) {
        if (entry.type() == EntryType.STATUS_CHANGE) {
            String status = entry.change() == null || entry.change().newValue() == null ? ""
                    : entry.change().newValue();
            event.put("bizStep", BLOCKING.contains(status) ? "holding" : "inspecting");
            Optional.ofNullable(STATUS_DISPOSITIONS.get(status)).ifPresent(d -> event.put("disposition", d));
            return;
        }
        event.put("bizStep", STEPS.getOrDefault(entry.type(), "other"));
        Optional.ofNullable(DISPOSITIONS.get(entry.type())).ifPresent(d -> event.put("disposition", d));
    }

    /** The site's GLN as an SGLN in Digital Link form, the location's code as its extension. */
    private Optional<String> bizLocation(Place place) {
        if (place == null || place.location() == null) {
            return Optional.empty();
        }
        Optional<Location> location = catalog.locationWithCode(place.location());
        return location.map(found -> catalog.site(found.site())).filter(site -> site.gln() != null)
                .map(site -> "https://id.gs1.org/414/" + site.gln().value() + "/254/"
                        + TraceDocuments.encoded(place.location()));
    }

    /** The supplier a receipt came from, the customer a shipment went to or a return came from, with a GLN. */
    private void parties(Entry entry, ObjectNode event) {
        if (entry.party() == null) {
            return;
        }
        boolean inbound = entry.type() == EntryType.RECEIPT || entry.type() == EntryType.RETURN;
        if (!inbound && entry.type() != EntryType.SHIPMENT) {
            return;
        }
        PartyRole role = entry.type() == EntryType.RECEIPT ? PartyRole.SUPPLIER : PartyRole.CUSTOMER;
        var party = catalog.party(entry.party(), role, "party");
        if (party.gln() == null) {
            return;
        }
        String pgln = "https://id.gs1.org/417/" + party.gln().value();
        if (inbound) {
            event.putArray("sourceList").addObject().put("type", "owning_party").put("source", pgln);
        } else {
            event.putArray("destinationList").addObject().put("type", "owning_party").put("destination", pgln);
        }
    }

    /** The business documents of the entry: purchase or customer order, delivery note. */
    private static final class References {
        static void of(Entry entry, ObjectNode event) {
            TraceDocuments.transaction(event, "po", entry.type() == EntryType.SHIPMENT
                    ? entry.references().customerOrder() : entry.references().purchaseOrder());
            TraceDocuments.transaction(event, "desadv", entry.references().deliveryNote());
        }
    }
}
