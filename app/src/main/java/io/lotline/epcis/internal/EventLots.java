package io.lotline.epcis.internal;

import io.lotline.epcis.PartnerTrace;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The lots each captured event names (by class, or as the lot of an instance) and the custody changes it records,
 * kept beside the event so that a trace can follow transformations (one transformationID across several events) back
 * to the origins, at partners' places as at ours.
 */
@Repository
class EventLots {
    private static final Map<String, String> ROLES = Map.of("quantityList", "OBSERVED",
            "childQuantityList", "OBSERVED", "inputQuantityList", "INPUT", "outputQuantityList", "OUTPUT");
    private static final Map<String, String> INSTANCE_ROLES = Map.of("epcList", "OBSERVED",
            "childEPCs", "OBSERVED", "inputEPCList", "INPUT", "outputEPCList", "OUTPUT");
    private static final List<String> CUSTODIANS = List.of("owning_party", "possessing_party");

    private final JdbcClient jdbc;
    private final CaptureBatches batches;

    EventLots(JdbcClient jdbc, CaptureBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Records the lots (LGTIN classes) the event names, the lots of the instances (SGTINs) it names where it says
     * which, and the change of custody its lists describe, written with the capture's next batch.
     */
    void record(EventRow row, JsonNode body) {
        CaptureBatch rows = batches.rows();
        Set<String> recorded = new HashSet<>();
        ROLES.forEach((list, role) -> body.path(list).forEach(element ->
                Gs1Keys.lotClass(element.path("epcClass").asString(null)).ifPresent(lot ->
                        lot(rows, row, lot.gtin().value(), lot.lot(), role, recorded))));
        instances(rows, row, body, recorded);
        for (String type : CUSTODIANS) {
            String from = party(body.path("sourceList"), "source", type);
            String to = party(body.path("destinationList"), "destination", type);
            if (from != null || to != null) {
                rows.add("epcis_custody_changes", "event_row, party_type, from_party, to_party", row, type, from,
                        to);
            }
        }
    }

    private static void lot(CaptureBatch rows, EventRow row, String gtin, String lot, String role,
                            Set<String> recorded) {
        if (recorded.add(gtin + "|" + role + "|" + lot)) {
            rows.add("epcis_event_lots", "event_row, gtin, lot, role", row, gtin, lot, role);
        }
    }

    /**
     * The lot of each SGTIN, where the event says it: the lot in its Digital Link, else (for what the event makes
     * or commissions) its ILMD lot number, else the one lot of its GTIN the event's quantity lists name. The lot
     * then counts as named by the event, in the instance's role.
     */
    private static void instances(CaptureBatch rows, EventRow row, JsonNode body, Set<String> recorded) {
        String made = ilmdLot(body.path("ilmd"));
        Map<String, String> onlyLot = onlyLotPerGtin(body);
        INSTANCE_ROLES.forEach((list, role) -> body.path(list).forEach(epc ->
                Gs1Keys.instance(epc.asString(null)).ifPresent(instance -> {
                    String gtin = instance.gtin().value();
                    String lot = instance.lot() != null ? instance.lot()
                            : made != null && !"INPUT".equals(role) ? made : onlyLot.get(gtin);
                    if (lot != null && lot.length() <= 200) {
                        rows.add("epcis_instance_lots", "event_row, gtin, serial, lot", row, gtin,
                                instance.serial(), lot);
                        lot(rows, row, gtin, lot, role, recorded);
                    }
                })));
    }

    /** The lot number the ILMD gives, under the CBV master data attribute {@code lotNumber} with any prefix. */
    private static String ilmdLot(JsonNode ilmd) {
        for (String key : ilmd.propertyNames()) {
            if ((key.endsWith(":lotNumber") || key.endsWith("#lotNumber") || key.endsWith("/lotNumber"))
                    && ilmd.path(key).isString() && !ilmd.path(key).asString().isBlank()) {
                return ilmd.path(key).asString().strip();
            }
        }
        return null;
    }

    /** For each GTIN the quantity lists name, its lot where they name exactly one (none where several). */
    private static Map<String, String> onlyLotPerGtin(JsonNode body) {
        Map<String, String> lots = new HashMap<>();
        ROLES.keySet().forEach(list -> body.path(list).forEach(element ->
                Gs1Keys.lotClass(element.path("epcClass").asString(null)).ifPresent(lot ->
                        lots.merge(lot.gtin().value(), lot.lot(), (one, other) -> one.equals(other) ? one : ""))));
        lots.values().removeIf(String::isEmpty);
        return lots;
    }

    private static String party(JsonNode list, String field, String type) {
        for (JsonNode element : list) {
            if (type.equals(Cbv.bare(element.path("type").asString(null)))) {
                return element.path(field).asString(null);
            }
        }
        return null;
    }

    /** Those of these lots that captured events name at all, a query per GTIN and few hundred lots. */
    List<Gs1Keys.LotClass> named(List<Gs1Keys.LotClass> lots) {
        batches.flush();
        Map<String, List<String>> byGtin = new LinkedHashMap<>();
        lots.forEach(lot -> byGtin.computeIfAbsent(lot.gtin().value(), gtin -> new ArrayList<>()).add(lot.lot()));
        List<Gs1Keys.LotClass> named = new ArrayList<>();
        byGtin.forEach((gtin, codes) -> {
            for (int from = 0; from < codes.size(); from += 500) {
                jdbc.sql("select distinct lot from epcis_event_lots where gtin = :gtin and lot in (:lots)")
                        .param("gtin", gtin).param("lots", codes.subList(from, Math.min(codes.size(), from + 500)))
                        .query(String.class).list()
                        .forEach(lot -> named.add(new Gs1Keys.LotClass(new io.lotline.shared.Gtin(gtin), lot)));
            }
        });
        return named;
    }

    /** The lots the transformations that made this lot consumed: inputs of its events' transformation. */
    List<Gs1Keys.LotClass> madeFrom(Gs1Keys.LotClass lot) {
        batches.flush();
        return jdbc.sql("""
                        select distinct i.gtin, i.lot
                          from epcis_event_lots o
                          join epcis_events eo on eo.id = o.event_row
                          join epcis_events ei on ei.id = eo.id or ei.transformation_id = eo.transformation_id
                          join epcis_event_lots i on i.event_row = ei.id and i.role = 'INPUT'
                         where o.role = 'OUTPUT' and o.gtin = ? and o.lot = ?
                         order by i.gtin, i.lot""")
                .params(lot.gtin().value(), lot.lot())
                .query((rs, n) -> new Gs1Keys.LotClass(new io.lotline.shared.Gtin(rs.getString("gtin").strip()),
                        rs.getString("lot")))
                .list();
    }

    /** The events that name any of these lots, in event time, each with the lots of these it names. */
    List<NamingEvent> naming(List<Gs1Keys.LotClass> lots) {
        batches.flush();
        Map<Long, NamingEvent> events = new LinkedHashMap<>();
        for (Gs1Keys.LotClass lot : lots) {
            jdbc.sql("""
                            select e.id, e.capture_key, e.event_type, e.biz_step, e.event_time, e.biz_location,
                                   e.read_point
                              from epcis_events e
                             where e.id in (select l.event_row from epcis_event_lots l where l.gtin = ? and l.lot = ?)
                            """)
                    .params(lot.gtin().value(), lot.lot())
                    .query((rs, n) -> new NamingEvent(rs.getLong("id"), rs.getString("capture_key"),
                            rs.getString("event_type"), rs.getString("biz_step"),
                            rs.getObject("event_time", OffsetDateTime.class), rs.getString("biz_location"),
                            rs.getString("read_point"), new ArrayList<>()))
                    .list().forEach(found -> events.computeIfAbsent(found.row(), row -> found).lots()
                            .add(PartnerTrace.TracedLot.name(lot.gtin().value(), lot.lot())));
        }
        return events.values().stream()
                .sorted(java.util.Comparator.comparing(NamingEvent::eventTime).thenComparing(NamingEvent::row))
                .toList();
    }

    /** The custody changes these events recorded. */
    List<PartnerTrace.CustodyChange> custody(List<NamingEvent> events) {
        batches.flush();
        List<PartnerTrace.CustodyChange> changes = new ArrayList<>();
        for (NamingEvent event : events) {
            jdbc.sql("""
                            select party_type, from_party, to_party from epcis_custody_changes where event_row = ?
                            order by party_type""").param(event.row())
                    .query((rs, n) -> new PartnerTrace.CustodyChange(event.key(), event.eventTime(),
                            rs.getString("party_type"), rs.getString("from_party"), rs.getString("to_party")))
                    .list().forEach(changes::add);
        }
        return changes;
    }

    /** A captured event that names traced lots. */
    record NamingEvent(long row, String key, String type, String bizStep, OffsetDateTime eventTime,
                       String bizLocation, String readPoint, List<String> lots) {
    }
}
