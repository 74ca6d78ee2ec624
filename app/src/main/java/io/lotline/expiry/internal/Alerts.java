package io.lotline.expiry.internal;

import static io.lotline.expiry.internal.Rules.instant;
import static io.lotline.expiry.internal.Rules.utc;

import io.lotline.expiry.Acknowledgement;
import io.lotline.expiry.AlertStatus;
import io.lotline.expiry.ExpiryAlert;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The alerts. The database keeps one per lot and level; status changes only ever move forward. */
@Repository
class Alerts {
    private static final String SELECT = """
            select a.*, l.lot_number, i.sku
              from expiry_alerts a
              join lots l on l.id = a.lot_id
              join items i on i.id = l.item_id
            """;

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert to raise for a lot at a level, with what is on hand and when it escalates (if ever). */
    record NewAlert(long lotId, long ruleId, int daysBeforeExpiry, LocalDate expiryDate, boolean critical,
                    BigDecimal onHand, String unit, Instant raisedAt, Instant escalateAt) {
    }

    /** Inserts the alert unless the lot has one at this level already; the id of a new alert. */
    Optional<Long> raise(NewAlert alert) {
        KeyHolder keys = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                        insert into expiry_alerts (lot_id, rule_id, days_before_expiry, expiry_date, critical, on_hand,
                                                   unit, status, raised_at, escalate_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                        on conflict do nothing""")
                .params(alert.lotId(), alert.ruleId(), alert.daysBeforeExpiry(), alert.expiryDate(), alert.critical(),
                        alert.onHand(), alert.unit(), utc(alert.raisedAt()), utc(alert.escalateAt()))
                .update(keys, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(keys.getKeyAs(Long.class));
    }

    List<Long> dueForEscalation(Instant at) {
        return jdbc.sql("""
                        select id from expiry_alerts
                         where status = 'OPEN' and escalate_at is not null and escalate_at <= ?
                         order by escalate_at, id""")
                .param(utc(at)).query(Long.class).list();
    }

    /** Marks an open alert escalated; false when someone acknowledged it or another sweep escalated it first. */
    boolean escalate(long id, Instant at) {
        return jdbc.sql("""
                        update expiry_alerts set status = 'ESCALATED', escalated_at = ?
                         where id = ? and status = 'OPEN'""")
                .params(utc(at), id).update() == 1;
    }

    /** Records the acknowledgement; false when the alert was acknowledged before. */
    boolean acknowledge(long id, Acknowledgement acknowledgement) {
        return jdbc.sql("""
                        update expiry_alerts
                           set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, ack_comment = ?
                         where id = ? and status <> 'ACKNOWLEDGED'""")
                .params(acknowledgement.by(), utc(acknowledgement.at()), acknowledgement.comment(), id)
                .update() == 1;
    }

    Optional<ExpiryAlert> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Alerts::map).optional();
    }

    Page<ExpiryAlert> page(AlertStatus status, Integer daysBeforeExpiry, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        List<Object> params = new ArrayList<>();
        if (status != null) {
            conditions.add("a.status = ?");
            params.add(status.name());
        }
        if (daysBeforeExpiry != null) {
            conditions.add("a.days_before_expiry = ?");
            params.add(daysBeforeExpiry);
        }
        String where = " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from expiry_alerts a" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.addAll(List.of(page.size(), page.offset()));
        return new Page<>(jdbc.sql(SELECT + where + " order by a.expiry_date, a.id limit ? offset ?").params(paged)
                .query(Alerts::map).list(), page.page(), page.size(), total);
    }

    private static ExpiryAlert map(ResultSet rs, int row) throws SQLException {
        String by = rs.getString("acknowledged_by");
        Quantity onHand = Quantity.of(rs.getBigDecimal("on_hand"), new UnitOfMeasure(rs.getString("unit")));
        Acknowledgement acknowledgement = by == null ? null
                : new Acknowledgement(by, instant(rs, "acknowledged_at"), rs.getString("ack_comment"));
        return new ExpiryAlert(rs.getLong("id"), rs.getString("lot_number"), rs.getString("sku"),
                rs.getObject("expiry_date", LocalDate.class), rs.getInt("days_before_expiry"),
                rs.getBoolean("critical"), onHand, AlertStatus.valueOf(rs.getString("status")), rs.getLong("rule_id"),
                instant(rs, "raised_at"), instant(rs, "escalate_at"), instant(rs, "escalated_at"), acknowledgement);
    }
}
