package io.lotline.outbound.internal;

import io.lotline.outbound.DeliveryAttempt;
import io.lotline.outbound.NewSubscription;
import io.lotline.outbound.OutboundEventType;
import io.lotline.outbound.PayloadFormat;
import io.lotline.outbound.Subscription;
import io.lotline.outbound.domain.SubscriptionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The subscriptions, active ones with their filters and secrets, and the delivery log read back. */
@Repository
class SubscriptionRows {
    private final JdbcClient jdbc;

    SubscriptionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active subscription as the outbox writer needs it. */
    record Active(long id, SubscriptionFilter filter, PayloadFormat format) {
    }

    long insert(NewSubscription s, String createdBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outbound_subscriptions (name, webhook_url, webhook_secret, event_types, biz_steps,
                                                            sku, lot_number, payload_format, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.name(), s.webhookUrl(), s.webhookSecret(),
                        String.join(",", s.eventTypes().stream().map(Enum::name).toList()),
                        String.join(",", s.bizSteps()), s.sku(), s.lotNumber(), s.format().name(), createdBy,
                        at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Subscription> active() {
        return jdbc.sql("select * from outbound_subscriptions where cancelled_at is null order by id")
                .query(SubscriptionRows::subscription).list();
    }

    Optional<Subscription> active(long id) {
        return jdbc.sql("select * from outbound_subscriptions where id = ? and cancelled_at is null").param(id)
                .query(SubscriptionRows::subscription).optional();
    }

    List<Active> filters() {
        return jdbc.sql("select * from outbound_subscriptions where cancelled_at is null order by id")
                .query((rs, n) -> new Active(rs.getLong("id"), new SubscriptionFilter(types(rs), steps(rs),
                        rs.getString("sku"), rs.getString("lot_number")), format(rs))).list();
    }

    /** Cancels the subscription and drops what still waited for it; false when there was no active one. */
    boolean cancel(long id, Instant at) {
        int cancelled = jdbc.sql("update outbound_subscriptions set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(at.atOffset(ZoneOffset.UTC), id).update();
        jdbc.sql("update outbox_messages set status = 'CANCELLED' where subscription_id = ? and status = 'PENDING'")
                .param(id).update();
        return cancelled == 1;
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from outbound_subscriptions where id = ?").param(id).query(Long.class)
                .single() > 0;
    }

    List<DeliveryAttempt> deliveries(long subscriptionId, int limit) {
        return jdbc.sql("""
                        select m.id, m.delivery_id, m.event_type, d.attempt, d.outcome, d.detail, d.attempted_at
                        from outbound_deliveries d join outbox_messages m on m.id = d.message_id
                        where m.subscription_id = ?
                        order by d.id desc fetch first ? rows only""")
                .params(subscriptionId, limit)
                .query((rs, n) -> new DeliveryAttempt(rs.getLong("id"), rs.getString("delivery_id"),
                        rs.getString("event_type"), rs.getInt("attempt"), rs.getString("outcome"),
                        rs.getString("detail"), rs.getObject("attempted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getString("name"), rs.getString("webhook_url"), types(rs),
                steps(rs), rs.getString("sku"), rs.getString("lot_number"), format(rs), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static List<OutboundEventType> types(ResultSet rs) throws SQLException {
        return split(rs.getString("event_types")).stream().map(OutboundEventType::valueOf).toList();
    }

    private static PayloadFormat format(ResultSet rs) throws SQLException {
        return PayloadFormat.valueOf(rs.getString("payload_format"));
    }

    private static List<String> steps(ResultSet rs) throws SQLException {
        return split(rs.getString("biz_steps"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
