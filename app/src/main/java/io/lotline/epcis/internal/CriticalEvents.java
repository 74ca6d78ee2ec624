package io.lotline.epcis.internal;

import io.lotline.epcis.CriticalTrackingEvent;
import io.lotline.epcis.CriticalTrackingEvent.Cte;
import io.lotline.shared.jdbc.SqlArrays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * Records the FSMA 204 critical tracking events Lotline's books do not hold, with their key data elements drawn from
 * the event (where and when) and its ILMD or extensions (the catch: vessel, catch area, trip dates), and answers them
 * for a lot or a spreadsheet. What an event does not say itself is taken, when it is recorded, from the latest
 * harvesting and cooling events of its lots or its inputs.
 */
@Repository
class CriticalEvents {
    private static final String COLUMNS = """
            e.capture_key, c.cte, c.event_date, c.gtin, c.lot, c.quantity, c.uom, c.location, c.harvest_location,
            c.harvest_date, c.harvest_end_date, c.cooling_location, c.cooling_date, c.landing_date, c.vessel_name,
            c.vessel_id, c.catch_area""";

    private final JdbcClient jdbc;
    private final CaptureBatches batches;

    CriticalEvents(JdbcClient jdbc, CaptureBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Records the event's rows if its business step is one of these critical tracking events, written with the
     * capture's next batch.
     */
    void record(EventRow row, CapturedEvent event, JsonNode body) {
        Optional<Cte> cte = CriticalTrackingEvents.of(event.bizStep());
        if (cte.isEmpty()) {
            return;
        }
        String place = event.bizLocation() != null ? event.bizLocation() : event.readPoint();
        LocalDate day = event.eventTime().toLocalDate();
        List<Gs1Keys.LotClass> inputs = new ArrayList<>();
        body.path("inputQuantityList").forEach(input ->
                Gs1Keys.lotClass(input.path("epcClass").asString(null)).ifPresent(inputs::add));
        String list = "TransformationEvent".equals(event.type()) ? "outputQuantityList" : "quantityList";
        for (JsonNode element : body.path(list)) {
            Optional<Gs1Keys.LotClass> lot = Gs1Keys.lotClass(element.path("epcClass").asString(null));
            if (lot.isEmpty()) {
                continue;
            }
            List<Gs1Keys.LotClass> earlier = new ArrayList<>(inputs);
            earlier.add(0, lot.get());
            Optional<CriticalTrackingEvent> harvest = cte.get() == Cte.HARVESTING ? Optional.empty()
                    : latest(Cte.HARVESTING, earlier);
            Optional<CriticalTrackingEvent> cooling = cte.get() == Cte.COOLING ? Optional.empty()
                    : latest(Cte.COOLING, earlier);
            boolean harvesting = cte.get() == Cte.HARVESTING;
            batches.rows().add("epcis_critical_events", """
                            event_row, cte, gtin, lot, quantity, uom, event_date, location, harvest_location,
                            harvest_date, harvest_end_date, cooling_location, cooling_date, landing_date, vessel_name,
                            vessel_id, catch_area""", row, cte.get().name(), lot.get().gtin().value(), lot.get().lot(),
                            element.path("quantity").isNumber() ? element.path("quantity").decimalValue() : null,
                            element.path("uom").asString(null), day, place,
                            harvesting ? place : harvest.map(CriticalTrackingEvent::harvestLocation).orElse(null),
                            firstOf(date(body, "harvestStartDate", "harvestDate"), harvesting ? day : null,
                                    harvest.map(CriticalTrackingEvent::harvestDate).orElse(null)),
                            firstOf(date(body, "harvestEndDate"),
                                    harvest.map(CriticalTrackingEvent::harvestEndDate).orElse(null)),
                            cte.get() == Cte.COOLING ? place
                                    : cooling.map(CriticalTrackingEvent::coolingLocation).orElse(null),
                            cte.get() == Cte.COOLING ? day : cooling.map(CriticalTrackingEvent::coolingDate)
                                    .orElse(null),
                            cte.get() == Cte.FIRST_LAND_BASED_RECEIVING ? firstOf(date(body, "landingDate"), day)
                                    : null,
                            firstOf(text(body, "vesselName"),
                                    harvest.map(CriticalTrackingEvent::vesselName).orElse(null)),
                            firstOf(text(body, "vesselID"), harvest.map(CriticalTrackingEvent::vesselId).orElse(null)),
                            firstOf(text(body, "catchArea"),
                                    harvest.map(CriticalTrackingEvent::catchArea).orElse(null)));
        }
    }

    /** The latest recorded event of this kind for any of these lots. */
    private Optional<CriticalTrackingEvent> latest(Cte cte, List<Gs1Keys.LotClass> lots) {
        batches.flush();
        for (Gs1Keys.LotClass lot : lots) {
            Optional<CriticalTrackingEvent> found = jdbc.sql("select " + COLUMNS + """
                             from epcis_critical_events c join epcis_events e on e.id = c.event_row
                            where c.cte = ? and c.gtin = ? and c.lot = ?
                            order by c.event_date desc, c.event_row desc fetch first 1 rows only""")
                    .params(cte.name(), lot.gtin().value(), lot.lot()).query(CriticalEvents::row).optional();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The recorded events of these lots, in event time. */
    List<CriticalTrackingEvent> of(List<Gs1Keys.LotClass> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        batches.flush();
        return inTime(lots, chunk -> jdbc.sql("select " + COLUMNS + ", e.event_time, c.event_row " + """
                         from unnest(cast(:gtins as varchar array), cast(:lots as varchar array)) as v (gtin, lot)
                         join epcis_critical_events c on c.gtin = cast(v.gtin as char(14)) and c.lot = v.lot
                         join epcis_events e on e.id = c.event_row""")
                .param("gtins", chunk.stream().map(lot -> lot.gtin().value()).toArray(String[]::new))
                .param("lots", chunk.stream().map(Gs1Keys.LotClass::lot).toArray(String[]::new))
                .query(CriticalEvents::inTime).list());
    }

    /** The recorded events in a date range (either end open), of these lot codes (any if none), of this GTIN. */
    List<CriticalTrackingEvent> find(LocalDate from, LocalDate to, List<String> lots, String gtin) {
        batches.flush();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" and c.event_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and c.event_date <= :to");
            params.put("to", to);
        }
        if (gtin != null) {
            where.append(" and c.gtin = :gtin");
            params.put("gtin", gtin);
        }
        String select = "select " + COLUMNS + ", e.event_time, c.event_row from ";
        String rest = " join epcis_events e on e.id = c.event_row where " + where;
        if (lots.isEmpty()) {
            return jdbc.sql(select + "epcis_critical_events c" + rest + " order by e.event_time, c.event_row")
                    .params(params).query(CriticalEvents::row).list();
        }
        return inTime(lots, chunk -> jdbc.sql(select + "unnest(cast(:lots as varchar array)) as v (lot)"
                        + " join epcis_critical_events c on c.lot = v.lot" + rest)
                .params(params).param("lots", chunk.toArray(String[]::new)).query(CriticalEvents::inTime).list());
    }

    /**
     * The events a query finds for these keys, asked in arrays of at most {@link SqlArrays#MAX_ELEMENTS} distinct keys,
     * one statement each, in event time: a recall's scope can name hundreds of thousands of lots.
     */
    private static <K> List<CriticalTrackingEvent> inTime(List<K> keys, Function<List<K>, List<InTime>> query) {
        List<InTime> found = new ArrayList<>();
        SqlArrays.chunks(keys).forEach(chunk -> found.addAll(query.apply(chunk)));
        return found.stream().sorted(Comparator.comparing(InTime::time).thenComparingLong(InTime::row))
                .map(InTime::event).toList();
    }

    private static InTime inTime(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InTime(rs.getObject("event_time", OffsetDateTime.class), rs.getLong("event_row"), row(rs, n));
    }

    /** An event with what orders it: its time, then the order it was captured in. */
    private record InTime(OffsetDateTime time, long row, CriticalTrackingEvent event) {
    }

    private static CriticalTrackingEvent row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal quantity = rs.getBigDecimal("quantity");
        return new CriticalTrackingEvent(rs.getString("capture_key"), Cte.valueOf(rs.getString("cte")),
                rs.getObject("event_date", LocalDate.class), rs.getString("gtin").strip(), rs.getString("lot"),
                quantity == null ? null : quantity.stripTrailingZeros(), rs.getString("uom"),
                rs.getString("location"), Gs1Keys.place(rs.getString("location"))
                        .map(place -> place.gln().value()).orElse(null), rs.getString("harvest_location"),
                rs.getObject("harvest_date", LocalDate.class), rs.getObject("harvest_end_date", LocalDate.class),
                rs.getString("cooling_location"), rs.getObject("cooling_date", LocalDate.class),
                rs.getObject("landing_date", LocalDate.class), rs.getString("vessel_name"),
                rs.getString("vessel_id"), rs.getString("catch_area"));
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A date under this attribute name in the event's ILMD or extensions, at any depth, whatever its prefix. */
    private static LocalDate date(JsonNode body, String... names) {
        for (String name : names) {
            String value = text(body, name);
            if (value != null) {
                try {
                    return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Text under this attribute name (any prefix: cbvmda:, gdst:, …) in the ILMD or extensions, at any depth. */
    static String text(JsonNode node, String name) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String key = member.getKey();
                String local = key.substring(Math.max(Math.max(key.lastIndexOf(':'), key.lastIndexOf('#')),
                        key.lastIndexOf('/')) + 1);
                if (local.equalsIgnoreCase(name) && member.getValue().isValueNode()) {
                    return member.getValue().asString();
                }
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getValue().isContainer()) {
                    String found = text(member.getValue(), name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String found = text(element, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
