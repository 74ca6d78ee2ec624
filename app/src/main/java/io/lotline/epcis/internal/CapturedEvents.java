package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.EventBooking;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The captured EPCIS events: appended, looked up by key, and searched by the query interface. */
@Repository
class CapturedEvents {
    private final JdbcClient jdbc;

    CapturedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content hash and event hash (none before V52) of the event captured under this key, if one was. */
    Optional<Hashes> hashesOf(String key) {
        return jdbc.sql("select content_hash, event_hash from epcis_events where capture_key = ?").param(key)
                .query(Hashes.class).optional();
    }

    record Hashes(String contentHash, String eventHash) {
    }

    /** Appends the event under its key and the identifiers it names; answers its row. */
    long append(CapturedEvent event, DocumentFormat format, String capturedBy, Instant recordTime) {
        return append(event, event.key(), format, capturedBy, recordTime);
    }

    /** Appends the event under this key (a declaration repeating an event's id is kept under its event hash). */
    long append(CapturedEvent event, String key, DocumentFormat format, String capturedBy, Instant recordTime) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into epcis_events (capture_key, event_id, content_hash, event_hash, event_type,
                                                  event_time, event_time_zone_offset, record_time, action, biz_step,
                                                  disposition, read_point, biz_location, transformation_id, format,
                                                  event_json, original, captured_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, event.eventId(), event.contentHash(), event.eventHash(), event.type(),
                        event.eventTime().withOffsetSameInstant(ZoneOffset.UTC), event.eventTimeZoneOffset(),
                        recordTime.atOffset(ZoneOffset.UTC), event.action(), event.bizStep(), event.disposition(),
                        event.readPoint(), event.bizLocation(), event.transformationId(), format.name(), event.json(),
                        event.original(), capturedBy)
                .update(keys, "id");
        long row = keys.getKey().longValue();
        for (CapturedEvent.Identifier identifier : event.identifiers()) {
            jdbc.sql("insert into epcis_event_identifiers (event_row, identifier, kind) values (?, ?, ?)")
                    .params(row, identifier.value(), identifier.kind()).update();
        }
        return row;
    }

    /** Records a ledger command the event booked: the query tells its entries by the event, not from the ledger. */
    void recordCommand(long row, String commandId) {
        jdbc.sql("insert into epcis_event_commands (event_row, command_id) values (?, ?)").params(row, commandId)
                .update();
    }

    void recordBooking(long row, EventBooking booking) {
        jdbc.sql("""
                        insert into epcis_event_bookings (event_row, receipt, production_order, pallet, movement,
                                                          ledger_command, not_booked)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(row, booking.receipt(), booking.productionOrder(), booking.pallet(),
                        booking.movement() == null ? null : booking.movement().name(), booking.ledgerCommand(),
                        booking.notBooked())
                .update();
    }

    /** The first event other than this row captured with this CBV event hash, if one was. */
    Optional<Long> rowWithHash(String eventHash, long otherThan) {
        return jdbc.sql("""
                        select id from epcis_events where event_hash = ? and id <> ?
                        order by id fetch first 1 rows only""")
                .params(eventHash, otherThan).query(Long.class).optional();
    }

    /** What the event of this row booked, one outcome per booking recorded. */
    List<Outcome> bookingsOf(long row) {
        return jdbc.sql("""
                        select receipt, production_order, pallet, movement, ledger_command
                          from epcis_event_bookings where event_row = ?""").param(row)
                .query((rs, n) -> new Outcome(rs.getString("receipt"), rs.getString("production_order"),
                        rs.getString("pallet"), rs.getString("movement"), rs.getString("ledger_command")))
                .list();
    }

    /** One recorded booking of an event: at most one of receipt, production order, pallet, ledger command is set. */
    record Outcome(String receipt, String productionOrder, String pallet, String movement, String command) {
        /** The ledger command whose entries a declaration of the event in error reverses, if one does. */
        Optional<String> ledgerCommand() {
            if (receipt != null) {
                return Optional.of(receipt);
            }
            boolean moved = "SHIPMENT".equals(movement) || "SCRAP".equals(movement);
            return moved ? Optional.of(command) : Optional.empty();
        }

        /** Why a declaration of the event in error corrects nothing of this booking. */
        String notCorrected() {
            if (productionOrder != null) {
                return "The event declared in error booked production order " + productionOrder
                        + "; production is not reversed by a declaration, which is kept";
            }
            if (pallet != null) {
                return "The event declared in error packed pallet " + pallet
                        + "; packings are not reversed by a declaration, which is kept";
            }
            if ("STATUS_CHANGE".equals(movement)) {
                return "The event declared in error changed a lot's status; a hold is undone by quality's signed"
                        + " release, not by a declaration, which is kept";
            }
            if ("CORRECTION".equals(movement)) {
                return "The event declared in error is itself a correction; it is not reversed by a declaration";
            }
            return "The event declared in error booked nothing: the declaration is kept";
        }
    }

    /** Whether an earlier event opened this production order. */
    boolean orderOpened(String order) {
        return jdbc.sql("select count(*) from epcis_event_bookings where production_order = ?").param(order)
                .query(Long.class).single() > 0;
    }

    /** The JSON-LD of the latest captured events that name this class, newest first: where its lot master data is. */
    List<String> latestNaming(String epcClass, int limit) {
        return jdbc.sql("""
                        select e.event_json from epcis_events e
                        where e.id in (select i.event_row from epcis_event_identifiers i
                                       where i.identifier = ? and i.kind = 'CLASS')
                        order by e.id desc fetch first ? rows only""")
                .params(epcClass, limit).query(String.class).list();
    }

    /** The events the conditions select after the given position, in the query's order, at most {@code limit}. */
    List<StoredEvent> find(EventConditions conditions, EventPosition after, int limit) {
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
