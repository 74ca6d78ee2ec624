package io.lotline.expiry.internal;

import static io.lotline.expiry.internal.Rules.instant;
import static io.lotline.expiry.internal.Rules.utc;

import io.lotline.expiry.AlertEvent;
import io.lotline.expiry.AlertEvent.Channel;
import io.lotline.expiry.AlertEvent.Kind;
import io.lotline.expiry.AlertEvent.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of each alert, only ever appended to. */
@Repository
class AlertHistory {
    private final JdbcClient jdbc;

    AlertHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long alertId, AlertEvent event) {
        jdbc.sql("""
                        insert into expiry_alert_history (alert_id, recorded_at, kind, channel, recipient, attempt,
                                                          outcome, detail, actor)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(alertId, utc(event.at()), event.kind().name(), name(event.channel()), event.recipient(),
                        event.attempt(), name(event.outcome()), truncated(event.detail()), event.actor())
                .update();
    }

    List<AlertEvent> of(long alertId) {
        return jdbc.sql("select * from expiry_alert_history where alert_id = ? order by id").param(alertId)
                .query(AlertHistory::map).list();
    }

    private static AlertEvent map(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("channel");
        String outcome = rs.getString("outcome");
        return new AlertEvent(instant(rs, "recorded_at"), Kind.valueOf(rs.getString("kind")),
                channel == null ? null : Channel.valueOf(channel), rs.getString("recipient"),
                rs.getObject("attempt", Integer.class), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("detail"), rs.getString("actor"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String truncated(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
    }
}
