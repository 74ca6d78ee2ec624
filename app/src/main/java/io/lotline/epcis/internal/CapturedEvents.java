package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.EventBooking;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The captured EPCIS events: appended, looked up by key, and searched by the query interface. During a capture the
 * rows are written in batches ({@link CaptureBatch}) and the keys of the events read ahead looked up together;
 * every read here writes what the capture holds first.
 */
@Repository
class CapturedEvents {
    /** Keys per lookup: a query of a few hundred parameters, as every database takes. */
    private static final int PER_QUERY = 500;
    private static final String COLUMNS = """
            capture_key, event_id, content_hash, event_hash, event_type, event_time, event_time_zone_offset,
            record_time, action, biz_step, disposition, read_point, biz_location, transformation_id, format,
            event_json, original, captured_by""";

    private final JdbcClient jdbc;
    private final CaptureBatches batches;

    CapturedEvents(JdbcClient jdbc, CaptureBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The content hash and event hash (none before V52) of the event captured under this key, if one was. */
    Optional<Hashes> hashesOf(String key) {
        return batches.current().map(batch -> batch.ahead(new Key(key), () -> lookUp(key)))
                .orElseGet(() -> lookUp(key));
    }

    private Optional<Hashes> lookUp(String key) {
        batches.flush();
        return jdbc.sql("select content_hash, event_hash from epcis_events where capture_key = ?").param(key)
                .query(Hashes.class).optional();
    }

    record Hashes(String contentHash, String eventHash) {
    }

    /**
     * Looks up, for the events of a capture read ahead, whether their keys (and the former keys of those without an
     * id) were captured and whether their transformations' production orders were opened: a query per 500 keys
     * instead of one per event.
     */
    void lookAhead(List<CapturedEvent> read) {
        CaptureBatch batch = batches.current().orElse(null);
        if (batch == null || read.isEmpty()) {
            return;
        }
        batch.flush();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> orders = new LinkedHashSet<>();
        for (CapturedEvent event : read) {
            keys.add(event.key());
            if (event.eventId() == null) {
                keys.add(event.formerKey());
            }
            if (ProductionEvents.transforms(event)) {
                orders.add(ProductionEvents.orderCode(event));
            }
        }
        Map<Object, Object> answers = new HashMap<>();
        keys.forEach(key -> answers.put(new Key(key), Optional.empty()));
        orders.forEach(order -> answers.put(new Order(order), false));
        plannedForTheirKeys(() -> {
            inChunks(List.copyOf(keys), chunk -> jdbc.sql("""
                            select e.capture_key, e.content_hash, e.event_hash
                              from (values :keys) asked (capture_key)
                              join epcis_events e on e.capture_key = asked.capture_key""").param("keys", chunk)
                    .query(rs -> {
                        answers.put(new Key(rs.getString(1)),
                                Optional.of(new Hashes(rs.getString(2), rs.getString(3))));
                    }));
            inChunks(List.copyOf(orders), chunk -> jdbc.sql("""
                            select distinct b.production_order
                              from (values :orders) asked (production_order)
                              join epcis_event_bookings b on b.production_order = asked.production_order""")
                    .param("orders", chunk)
                    .query(rs -> {
                        answers.put(new Order(rs.getString(1)), true);
                    }));
        });
        batch.lookedAhead(answers);
    }

    /**
     * Runs the look-ups with plans made for the keys they are given (PostgreSQL), then sets the transaction's plan
     * setting back. A plan the connection keeps for every use is made while the tables are small, in the first minutes
     * of a new installation, and then joins by scanning them: a look-up of 500 keys grew with the table to 39 ms at
     * 138,000 captured events, until the tables' statistics were next taken (ADR 70).
     */
    private void plannedForTheirKeys(Runnable lookUps) {
        if (!batches.postgres()) {
            lookUps.run();
            return;
        }
        String was = jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
        lookUps.run();
        jdbc.sql("select set_config('plan_cache_mode', ?, true)").param(was).query(String.class).single();
    }

    /** The values a query per {@value #PER_QUERY} asks about, each as a row of a {@code values} list. */
    private static void inChunks(List<String> values, Consumer<List<Object[]>> query) {
        for (int from = 0; from < values.size(); from += PER_QUERY) {
            query.accept(values.subList(from, Math.min(values.size(), from + PER_QUERY)).stream()
                    .map(value -> new Object[] {value}).toList());
        }
    }

    /**
     * Appends the event under its key and the identifiers it names (written with the capture's next batch); answers
     * its row.
     */
    EventRow append(CapturedEvent event, DocumentFormat format, String capturedBy, Instant recordTime) {
        return append(event, event.key(), format, capturedBy, recordTime);
    }

    /** Appends the event under this key (a declaration repeating an event's id is kept under its event hash). */
    EventRow append(CapturedEvent event, String key, DocumentFormat format, String capturedBy, Instant recordTime) {
        CaptureBatch rows = batches.rows();
        EventRow row = rows.event("epcis_events", COLUMNS, key, event.eventId(), event.contentHash(), event.eventHash(),
                event.type(), event.eventTime().withOffsetSameInstant(ZoneOffset.UTC), event.eventTimeZoneOffset(),
                recordTime.atOffset(ZoneOffset.UTC), event.action(), event.bizStep(), event.disposition(),
                event.readPoint(), event.bizLocation(), event.transformationId(), format.name(), event.json(),
                event.originalIfOther(), capturedBy);
        for (CapturedEvent.Identifier identifier : event.identifiers()) {
            rows.add("epcis_event_identifiers", "event_row, identifier, kind", row, identifier.value(),
                    identifier.kind());
        }
        rows.learned(new Key(key), Optional.of(new Hashes(event.contentHash(), event.eventHash())));
        return row;
    }

    /** Records a ledger command the event booked: the query tells its entries by the event, not from the ledger. */
    void recordCommand(EventRow row, String commandId) {
        batches.rows().add("epcis_event_commands", "event_row, command_id", row, commandId);
    }

    void recordBooking(EventRow row, EventBooking booking) {
        CaptureBatch rows = batches.rows();
        rows.add("epcis_event_bookings", "event_row, receipt, production_order, pallet, movement, ledger_command,"
                        + " not_booked", row, booking.receipt(), booking.productionOrder(), booking.pallet(),
                booking.movement() == null ? null : booking.movement().name(), booking.ledgerCommand(),
                booking.notBooked());
        if (booking.productionOrder() != null) {
            rows.learned(new Order(booking.productionOrder()), true);
        }
    }

    /**
     * The first event other than this row captured with this CBV event hash, if one was; writes what the capture
     * holds first, this row included.
     */
    Optional<Long> rowWithHash(String eventHash, EventRow otherThan) {
        batches.flush();
        return jdbc.sql("""
                        select id from epcis_events where event_hash = ? and id <> ?
                        order by id fetch first 1 rows only""")
                .params(eventHash, otherThan.id()).query(Long.class).optional();
    }

    /** What the event of this row booked, one outcome per booking recorded. */
    List<Outcome> bookingsOf(long row) {
        batches.flush();
        return jdbc.sql("""
                        select receipt, production_order, pallet, movement, ledger_command
                          from epcis_event_bookings where event_row = ?""").param(row)
                .query((rs, n) -> new Outcome(rs.getString("receipt"), rs.getString("production_order"),
                        rs.getString("pallet"), rs.getString("movement"), rs.getString("ledger_command")))
                .list();
    }

    /** The ledger commands the event of this row booked. */
    List<String> commandsOf(long row) {
        batches.flush();
        return jdbc.sql("select command_id from epcis_event_commands where event_row = ?").param(row)
                .query(String.class).list();
    }

    /** One recorded booking of an event: at most one of receipt, production order, pallet, ledger command is set. */
    record Outcome(String receipt, String productionOrder, String pallet, String movement, String command) {
        /** The ledger command whose entries a declaration of the event in error reverses or withdraws, if one does. */
        Optional<String> ledgerCommand() {
            if (receipt != null) {
                return Optional.of(receipt);
            }
            boolean moved = "SHIPMENT".equals(movement) || "SCRAP".equals(movement) || "STATUS_CHANGE".equals(movement);
            return moved ? Optional.of(command) : Optional.empty();
        }

        /**
         * Whether a declaration of the event in error undoes this booking: its ledger entries, its production, or its
         * packing.
         */
        boolean undone() {
            return pallet != null || productionOrder != null || ledgerCommand().isPresent();
        }

        /** Why a declaration of the event in error corrects nothing of this booking. */
        String notCorrected() {
            if ("CORRECTION".equals(movement)) {
                return "The event declared in error is itself a correction; it is not reversed by a declaration";
            }
            return "The event declared in error booked nothing: the declaration is kept";
        }
    }

    /** The key the event of this row was captured under: its packings name it. */
    String keyOf(long row) {
        batches.flush();
        return jdbc.sql("select capture_key from epcis_events where id = ?").param(row).query(String.class).single();
    }

    /** Whether an earlier event opened this production order. */
    boolean orderOpened(String order) {
        return batches.current().map(batch -> batch.ahead(new Order(order), () -> opened(order)))
                .orElseGet(() -> opened(order));
    }

    private boolean opened(String order) {
        batches.flush();
        return jdbc.sql("select count(*) from epcis_event_bookings where production_order = ?").param(order)
                .query(Long.class).single() > 0;
    }

    /** A captured key, as a question about captured rows. */
    private record Key(String key) {
    }

    /** A production order opened by a captured event, as a question about captured rows. */
    private record Order(String code) {
    }

    /** The JSON-LD of the latest captured events that name this class, newest first: where its lot master data is. */
    List<String> latestNaming(String epcClass, int limit) {
        batches.flush();
        return jdbc.sql("""
                        select e.event_json from epcis_events e
                        where e.id in (select i.event_row from epcis_event_identifiers i
                                       where i.identifier = ? and i.kind = 'CLASS')
                        order by e.id desc fetch first ? rows only""")
                .params(epcClass, limit).query(String.class).list();
    }

    /** The events the conditions select after the given position, in the query's order, at most {@code limit}. */
    List<StoredEvent> find(EventConditions conditions, EventPosition after, int limit) {
        batches.flush();
        List<Object> params = new ArrayList<>(conditions.params());
        String keyset = "";
        if (after != null) {
            OffsetDateTime time = after.recordTime().withOffsetSameInstant(ZoneOffset.UTC);
            if (after.source() == EventPosition.Source.CAPTURED) {
                keyset = " and (e.record_time > ? or (e.record_time = ? and e.id > ?))";
                params.addAll(List.of(time, time, after.row()));
            } else {
                keyset = " and e.record_time > ?";
                params.add(time);
            }
        }
        params.add(limit);
        return jdbc.sql("select id, event_json, record_time from epcis_events e where " + conditions.sql() + keyset
                        + " order by e.record_time, e.id fetch first ? rows only")
                .params(params)
                .query((rs, n) -> new StoredEvent(new EventPosition(rs.getObject("record_time", OffsetDateTime.class),
                        EventPosition.Source.CAPTURED, rs.getLong("id")), rs.getString("event_json")))
                .list();
    }

    /** One event as the query interface answers it: where it stands, and its JSON-LD. */
    record StoredEvent(EventPosition at, String json) {
    }
}
