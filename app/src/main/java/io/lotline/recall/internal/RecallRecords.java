package io.lotline.recall.internal;

import io.lotline.recall.RecallReport;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Recall cases, their suspects, what they blocked, their notices, and the returns booked against them. */
@Repository
class RecallRecords {
    private final JdbcClient jdbc;

    RecallRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recall row. */
    record RecallRow(long id, String code, String kind, String status, String reason, int widenLevels,
                     String supplierLot, Instant startedAt, Instant confirmedAt, Instant completedAt, Long elapsedMs,
                     Integer targetMinutes, String closedBy, String closedByName, String closureSummary,
                     String report, byte[] deflatedReport) {
    }

    /** A notice's state for one customer. */
    record Notice(Instant sentAt, Instant acknowledgedAt) {
    }

    String insert(String kind, String prefix, String status, String reason, int widen, String supplierLot,
                  Instant startedAt, String actor, List<Long> suspects) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into recalls (code, kind, status, reason, widen_levels, supplier_lot, started_at,
                                             started_by)
                        values (null, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind, status, reason, widen, supplierLot, utc(startedAt), actor).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        String code = String.format("%s-%06d", prefix, id);
        jdbc.sql("update recalls set code = ? where id = ?").params(code, id).update();
        suspects.stream().distinct().forEach(lot -> jdbc.sql(
                "insert into recall_suspects (recall_id, lot_id) values (?, ?)").params(id, lot).update());
        return code;
    }

    /** Remembers the attributes and period that chose the recall's suspect lots. */
    void scopedBy(long recallId, RecallReport.AttributeScope scope) {
        jdbc.sql("insert into recall_attribute_scopes (recall_id, born_from, born_to) values (?, ?, ?)")
                .params(recallId, scope.bornFrom(), scope.bornTo()).update();
        scope.attributes().forEach((name, value) -> jdbc.sql(
                        "insert into recall_scope_attributes (recall_id, name, attribute_value) values (?, ?, ?)")
                .params(recallId, name, value).update());
    }

    Optional<RecallReport.AttributeScope> attributeScope(long recallId) {
        Map<String, String> attributes = new TreeMap<>();
        jdbc.sql("select name, attribute_value from recall_scope_attributes where recall_id = ?").param(recallId)
                .query(rs -> {
                    attributes.put(rs.getString("name"), rs.getString("attribute_value"));
                });
        return jdbc.sql("select born_from, born_to from recall_attribute_scopes where recall_id = ?").param(recallId)
                .query((rs, n) -> new RecallReport.AttributeScope(attributes,
                        rs.getObject("born_from", LocalDate.class), rs.getObject("born_to", LocalDate.class)))
                .optional();
    }

    Optional<RecallRow> find(String code, boolean lock) {
        return jdbc.sql("select * from recalls where code = ?" + (lock ? " for update" : "")).param(code)
                .query(RecallRecords::row).optional();
    }

    List<RecallRow> page(String kind, int limit, long offset) {
        return jdbc.sql("""
                        select * from recalls where (cast(:kind as varchar) is null or kind = :kind)
                         order by id desc limit :limit offset :offset""")
                .param("kind", kind).param("limit", limit).param("offset", offset).query(RecallRecords::row).list();
    }

    long count(String kind) {
        return jdbc.sql("select count(*) from recalls where (cast(:kind as varchar) is null or kind = :kind)")
                .param("kind", kind).query(Long.class).single();
    }

    List<String> suspects(long recallId) {
        return jdbc.sql("""
                        select l.lot_number from recall_suspects s join lots l on l.id = s.lot_id
                         where s.recall_id = ? order by l.lot_number""")
                .param(recallId).query(String.class).list();
    }

    void confirmed(long id, Instant now, String actor) {
        jdbc.sql("update recalls set status = 'CONFIRMED', confirmed_at = ?, confirmed_by = ? where id = ?")
                .params(utc(now), actor, id).update();
    }

    void blocked(long recallId, long lotId, String statusBefore) {
        jdbc.sql("insert into recall_blocked_lots (recall_id, lot_id, status_before) values (?, ?, ?)")
                .params(recallId, lotId, statusBefore).update();
    }

    /** Whether the recall blocked the lot at its confirmation. */
    boolean blocks(long recallId, long lotId) {
        return jdbc.sql("select count(*) from recall_blocked_lots where recall_id = ? and lot_id = ?")
                .params(recallId, lotId).query(Long.class).single() > 0;
    }

    /** A signed rework disposition: {@code productionOrder} may consume the lot the recall holds. */
    void rework(long recallId, long lotId, String productionOrder, String reason, String signedBy, Instant signedAt) {
        jdbc.sql("""
                        insert into recall_reworks (recall_id, lot_id, production_order, reason, signed_by, signed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(recallId, lotId, productionOrder, reason, signedBy, utc(signedAt))
                .update();
    }

    /** Whether the recall {@code code} lets {@code productionOrder} consume the lot. */
    boolean reworks(String code, long lotId, String productionOrder) {
        return jdbc.sql("""
                        select count(*) from recall_reworks w join recalls r on r.id = w.recall_id
                         where r.code = ? and w.lot_id = ? and w.production_order = ?""")
                .params(code, lotId, productionOrder).query(Long.class).single() > 0;
    }

    /** The recalls whose rework disposition names {@code productionOrder}, oldest first. */
    List<String> reworkingInto(String productionOrder) {
        return jdbc.sql("""
                        select distinct r.code, r.id from recall_reworks w join recalls r on r.id = w.recall_id
                         where w.production_order = ? order by r.id""")
                .param(productionOrder).query((rs, n) -> rs.getString(1)).list();
    }

    /** The confirmed recalls, other than {@code recallId}, that still block the lot. */
    List<String> otherOpenRecallsBlocking(long lotId, long recallId) {
        return jdbc.sql("""
                        select r.code from recall_blocked_lots b join recalls r on r.id = b.recall_id
                         where b.lot_id = ? and r.id <> ? and r.status = 'CONFIRMED' order by r.code""")
                .params(lotId, recallId).query(String.class).list();
    }

    /** A drill's end, with its report as {@link StoredReports} deflated it. */
    void completed(long id, Instant completedAt, long elapsedMs, int target, byte[] deflatedReport) {
        jdbc.sql("""
                        update recalls set status = 'COMPLETED', completed_at = ?, elapsed_ms = ?, target_minutes = ?,
                               report_deflated = ? where id = ?""")
                .params(utc(completedAt), elapsedMs, target, deflatedReport, id).update();
    }

    void closed(long id, Instant now, String username, String printedName, String summary) {
        jdbc.sql("""
                        update recalls set status = 'CLOSED', closed_at = ?, closed_by = ?, closed_by_name = ?,
                               closure_summary = ? where id = ?""")
                .params(utc(now), username, printedName, summary, id).update();
    }

    void noticeSent(long recallId, long customerId, Instant now, String actor) {
        jdbc.sql("insert into recall_notices (recall_id, customer_id) values (?, ?) on conflict do nothing")
                .params(recallId, customerId).update();
        jdbc.sql("update recall_notices set sent_at = ?, sent_by = ? where recall_id = ? and customer_id = ?")
                .params(utc(now), actor, recallId, customerId).update();
    }

    void acknowledged(long recallId, long customerId, Instant now, String actor, String note) {
        jdbc.sql("insert into recall_notices (recall_id, customer_id) values (?, ?) on conflict do nothing")
                .params(recallId, customerId).update();
        jdbc.sql("""
                        update recall_notices set acknowledged_at = ?, acknowledged_by = ?, note = ?
                         where recall_id = ? and customer_id = ?""")
                .params(utc(now), actor, note, recallId, customerId).update();
    }

    Map<String, Notice> notices(long recallId) {
        Map<String, Notice> notices = new HashMap<>();
        jdbc.sql("""
                        select p.code, n.sent_at, n.acknowledged_at from recall_notices n
                          join parties p on p.id = n.customer_id where n.recall_id = ?""")
                .param(recallId).query(rs -> {
                    notices.put(rs.getString(1), new Notice(instant(rs, "sent_at"), instant(rs, "acknowledged_at")));
                });
        return notices;
    }

    /** Returns booked against the recall, per customer and lot, in base units. */
    Map<String, BigDecimal> returned(String code) {
        Map<String, BigDecimal> returned = new HashMap<>();
        jdbc.sql("""
                        select p.code as customer, l.lot_number, sum(e.base_quantity) as quantity
                          from ledger_entries e join parties p on p.id = e.party_id join lots l on l.id = e.lot_id
                         where e.entry_type = 'RETURN' and e.reason_code = ?
                           and not exists (select 1 from ledger_entries c where c.corrects_entry_id = e.id)
                         group by p.code, l.lot_number""")
                .param(code).query(rs -> {
                    returned.put(rs.getString("customer") + "|" + rs.getString("lot_number"),
                            rs.getBigDecimal("quantity"));
                });
        return returned;
    }

    private static RecallRow row(ResultSet rs, int n) throws SQLException {
        return new RecallRow(rs.getLong("id"), rs.getString("code"), rs.getString("kind"), rs.getString("status"),
                rs.getString("reason"), rs.getInt("widen_levels"), rs.getString("supplier_lot"),
                instant(rs, "started_at"), instant(rs, "confirmed_at"), instant(rs, "completed_at"),
                rs.getObject("elapsed_ms", Long.class), rs.getObject("target_minutes", Integer.class),
                rs.getString("closed_by"), rs.getString("closed_by_name"), rs.getString("closure_summary"),
                rs.getString("report"), rs.getBytes("report_deflated"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
