package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A trace told as one EPCIS 2.0 document: each receipt of a reached lot an ObjectEvent at {@code receiving}, each
 * production order (or split) a TransformationEvent at {@code commissioning}, each shipment an ObjectEvent at
 * {@code shipping}, in the order they happened. A lot is an LGTIN (Digital Link) where its item has a GTIN, else a
 * Lotline URN; event ids are stable name-based UUIDs of the ledger entries, so a partner who imports the document
 * twice gets replays, not duplicates.
 */
@Component
class TraceDocuments {
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    /** The floor's units and their UN/ECE Recommendation 20 codes, as EPCIS writes them. */
    private static final Map<String, String> REC_20 = Map.of("KG", "KGM", "G", "GRM", "L", "LTR", "ML", "MLT",
            "EA", "H87", "T", "TNE");

    private final Catalog catalog;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    TraceDocuments(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    String of(Trace trace) {
        Classes classes = new Classes(trace);
        List<Timed> events = new ArrayList<>();
        trace.receipts().forEach(receipt -> events.add(new Timed(receipt.occurredAt(), receipt(receipt, classes))));
        transformations(trace).forEach(edges -> events.add(new Timed(latest(edges), transformation(edges, classes))));
        trace.shipments().forEach(shipment -> events.add(new Timed(shipment.occurredAt(),
                shipment(shipment, classes))));
        events.sort(Comparator.comparing(Timed::at));
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(QueryDocuments.CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", time(clock.instant()));
        ArrayNode list = document.putObject("epcisBody").putArray("eventList");
        events.forEach(event -> list.add(event.event()));
        return json.writeValueAsString(document);
    }

    private ObjectNode receipt(Trace.Receipt receipt, Classes classes) {
        ObjectNode event = objectEvent("receipt", receipt.entryId(), receipt.occurredAt(), "receiving",
                "in_progress");
        quantity(event.putArray("quantityList"), classes.of(receipt.lotNumber()), receipt.quantity());
        transaction(event, "po", receipt.purchaseOrder());
        party(receipt.supplier(), PartyRole.SUPPLIER).ifPresent(gln ->
                event.putArray("sourceList").addObject().put("type", "owning_party").put("source", gln));
        return event;
    }

    private ObjectNode shipment(Trace.Shipment shipment, Classes classes) {
        ObjectNode event = objectEvent("shipment", shipment.entryId(), shipment.occurredAt(), "shipping",
                "in_transit");
        quantity(event.putArray("quantityList"), classes.of(shipment.lotNumber()), shipment.quantity());
        transaction(event, "po", shipment.customerOrder());
        transaction(event, "desadv", shipment.deliveryNote());
        party(shipment.customer(), PartyRole.CUSTOMER).ifPresent(gln -> event.putArray("destinationList")
                .addObject().put("type", "owning_party").put("destination", gln));
        return event;
    }

    /** The consumptions and outputs of one production order, or of one split or merge of a lot. */
    private ObjectNode transformation(List<Trace.Edge> edges, Classes classes) {
        Trace.Edge first = edges.get(0);
        ObjectNode event = json.createObjectNode();
        event.put("type", "TransformationEvent");
        event.put("eventTime", time(latest(edges)));
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("eventID", id("transformation", first.productionOrder() != null ? first.productionOrder()
                : String.valueOf(first.issueEntryId())));
        ArrayNode inputs = event.putArray("inputQuantityList");
        Map<Long, Trace.Edge> issues = new LinkedHashMap<>();
        edges.forEach(edge -> issues.putIfAbsent(edge.issueEntryId(), edge));
        issues.values().forEach(edge -> quantity(inputs, classes.of(edge.parent()), edge.quantity()));
        ArrayNode outputs = event.putArray("outputQuantityList");
        edges.stream().map(Trace.Edge::child).distinct().forEach(lot -> outputs.addObject()
                .put("epcClass", classes.of(lot)));
        if (first.productionOrder() != null) {
            event.put("transformationID", "urn:lotline:production-order:" + encoded(first.productionOrder()));
        }
        event.put("bizStep", "commissioning");
        event.put("disposition", "active");
        return event;
    }

    private ObjectNode objectEvent(String kind, long entryId, Instant at, String bizStep, String disposition) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", time(at));
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("eventID", id(kind, String.valueOf(entryId)));
        event.putArray("epcList");
        event.put("action", "OBSERVE");
        event.put("bizStep", bizStep);
        event.put("disposition", disposition);
        return event;
    }

    /** A quantity in a unit EPCIS knows; in another unit the class alone, as a bare count would mislead. */
    static void quantity(ArrayNode list, String epcClass, Quantity quantity) {
        ObjectNode element = list.addObject().put("epcClass", epcClass);
        String uom = REC_20.get(quantity.unit().code());
        if (uom != null) {
            BigDecimal amount = quantity.amount().stripTrailingZeros();
            element.put("quantity", amount.scale() < 0 ? amount.setScale(0) : amount).put("uom", uom);
        }
    }

    static void transaction(ObjectNode event, String type, String reference) {
        if (reference == null || reference.isBlank()) {
            return;
        }
        ArrayNode list = event.has("bizTransactionList") ? (ArrayNode) event.get("bizTransactionList")
                : event.putArray("bizTransactionList");
        list.addObject().put("type", type).put("bizTransaction", "urn:lotline:" + type + ":" + encoded(reference));
    }

    private Optional<String> party(String code, PartyRole role) {
        if (code == null) {
            return Optional.empty();
        }
        Party party = catalog.party(code, role, "party");
        return Optional.ofNullable(party.gln()).map(gln -> "https://id.gs1.org/417/" + gln.value());
    }

    /** Production orders as one transformation each; a split or merge without an order by its consumption. */
    private static List<List<Trace.Edge>> transformations(Trace trace) {
        Map<String, List<Trace.Edge>> groups = new LinkedHashMap<>();
        for (Trace.Edge edge : trace.edges()) {
            String key = edge.productionOrder() != null ? "order:" + edge.productionOrder()
                    : "issue:" + edge.issueEntryId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(edge);
        }
        return List.copyOf(groups.values());
    }

    private static Instant latest(List<Trace.Edge> edges) {
        return edges.stream().map(Trace.Edge::drawnAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    static String id(String kind, String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("lotline:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String time(Instant at) {
        return RFC_3339.format(at.atOffset(ZoneOffset.UTC));
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A lot as an EPC class: an LGTIN in Digital Link form where its item has a GTIN, else a Lotline URN. */
    static String classOf(Item item, String sku, String lotNumber) {
        if (item != null && item.gtin() != null) {
            return "https://id.gs1.org/01/" + item.gtin().value() + "/10/" + encoded(lotNumber);
        }
        return "urn:lotline:lot:" + (sku == null ? "" : encoded(sku) + ":") + encoded(lotNumber);
    }

    private record Timed(Instant at, ObjectNode event) {
    }

    /** The EPC class of each reached lot, from its item's GTIN where it has one. */
    private final class Classes {
        private final Map<String, String> skuOfLot = new HashMap<>();
        private final Map<String, Item> items = new HashMap<>();

        Classes(Trace trace) {
            trace.lots().forEach(lot -> skuOfLot.put(lot.lotNumber(), lot.sku()));
        }

        String of(String lotNumber) {
            String sku = skuOfLot.get(lotNumber);
            return classOf(sku == null ? null : items.computeIfAbsent(sku, catalog::item), sku, lotNumber);
        }
    }
}
