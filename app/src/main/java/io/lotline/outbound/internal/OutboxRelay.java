package io.lotline.outbound.internal;

import io.lotline.shared.RetrySchedule;
import io.lotline.shared.WebhookPost;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages: claims a batch in a short transaction, calls each webhook with no transaction open,
 * and settles each outcome in a transaction of its own. A failure that may pass is tried again after the
 * {@link RetrySchedule}'s pause, up to its number of attempts; a restart or a crash loses nothing, as the claim
 * only leases the message.
 */
@Component
class OutboxRelay {
    private final OutboxMessages outbox;
    private final WebhookCall webhook;
    private final TransactionTemplate transaction;
    private final OutboundProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;

    OutboxRelay(OutboxMessages outbox, WebhookCall webhook, TransactionTemplate transaction,
                OutboundProperties properties, Clock clock) {
        this.outbox = outbox;
        this.webhook = webhook;
        this.transaction = transaction;
        this.properties = properties;
        this.schedule = properties.schedule();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lotline.outbound.relay-interval:1s}")
    void relay() {
        List<OutboxMessages.Claimed> claimed;
        do {
            Instant now = clock.instant();
            claimed = transaction.execute(status -> outbox.claimDue(now, now.plus(properties.lease()),
                    properties.batch()));
            claimed.forEach(this::deliver);
        } while (claimed.size() == properties.batch());
    }

    private void deliver(OutboxMessages.Claimed message) {
        int attempt = message.attempts() + 1;
        WebhookPost.Outcome outcome = webhook.post(message);
        if (Thread.currentThread().isInterrupted()) {
            return; // shutting down: the lease runs out and another relay delivers it
        }
        Instant at = clock.instant();
        Instant retryAt = !outcome.sent() && outcome.retry() && schedule.allows(attempt + 1)
                ? at.plus(schedule.pauseBefore(attempt + 1)) : null;
        transaction.executeWithoutResult(status -> outbox.settle(message, attempt, outcome.sent(), outcome.detail(),
                at, retryAt));
    }
}
