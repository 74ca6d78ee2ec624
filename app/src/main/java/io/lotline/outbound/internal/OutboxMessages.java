package io.lotline.outbound.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox: one message per event and subscription, written in the booking's transaction; claimed by one relay at
 * a time with {@code FOR UPDATE SKIP LOCKED}, and settled with the outcome of each attempt.
 */
@Repository
class OutboxMessages {
    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message claimed for delivery, with where it goes and the secret it is signed with. */
    record Claimed(long id, String deliveryId, String eventType, String payload, int attempts, String url,
                   String secret) {
    }

    void add(long subscriptionId, String eventType, String payload, Instant at) {
        jdbc.sql("""
                        insert into outbox_messages (subscription_id, delivery_id, event_type, payload, status,
                                                     attempts, next_attempt_at, created_at)
                        values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(subscriptionId, UUID.randomUUID().toString(), eventType, payload, at.atOffset(ZoneOffset.UTC),
                        at.atOffset(ZoneOffset.UTC)).update();
    }

    /**
     * Claims up to {@code limit} due messages that no other relay holds, and leases them until {@code leasedUntil}:
     * rows another transaction has locked are skipped, so two instances never claim the same message.
     */
    List<Claimed> claimDue(Instant now, Instant leasedUntil, int limit) {
        List<Long> ids = jdbc.sql("""
                        select id from outbox_messages
                        where status = 'PENDING' and next_attempt_at <= ?
                        order by id fetch first ? rows only
                        for update skip locked""")
                .params(now.atOffset(ZoneOffset.UTC), limit).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update outbox_messages set next_attempt_at = :until where id in (:ids)")
                .param("until", leasedUntil.atOffset(ZoneOffset.UTC)).param("ids", ids).update();
        return jdbc.sql("""
                        select m.id, m.delivery_id, m.event_type, m.payload, m.attempts, s.webhook_url,
                               s.webhook_secret
                        from outbox_messages m join outbound_subscriptions s on s.id = m.subscription_id
                        where m.id in (:ids) order by m.id""")
                .param("ids", ids)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("delivery_id"),
                        rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
                        rs.getString("webhook_url"), rs.getString("webhook_secret"))).list();
    }

    /**
     * Logs the attempt and settles the message: SENT, FAILED for good, or PENDING again at {@code retryAt}. A message
     * whose subscription was cancelled meanwhile stays CANCELLED.
     */
    void settle(Claimed message, int attempt, boolean sent, String detail, Instant at, Instant retryAt) {
        jdbc.sql("""
                        insert into outbound_deliveries (message_id, attempt, outcome, detail, attempted_at)
                        values (?, ?, ?, ?, ?)""")
                .params(message.id(), attempt, sent ? "SENT" : "FAILED",
                        detail.length() > 500 ? detail.substring(0, 500) : detail, at.atOffset(ZoneOffset.UTC))
                .update();
        String status = sent ? "SENT" : retryAt == null ? "FAILED" : "PENDING";
        jdbc.sql("""
                        update outbox_messages set status = ?, attempts = ?, next_attempt_at = ?
                        where id = ? and status = 'PENDING'""")
                .params(status, attempt, (retryAt == null ? at : retryAt).atOffset(ZoneOffset.UTC), message.id())
                .update();
    }
}
