package io.lotline.expiry.internal;

import io.lotline.shared.RetrySchedule;
import io.lotline.shared.WebhookPost;
import java.time.Duration;
import java.util.UUID;
import java.util.function.ObjIntConsumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook calls: an HTTP POST of the alert as JSON, signed and sent by {@link WebhookPost}, tried again with a growing
 * pause after a failure that may pass, at most as often as the {@link RetrySchedule} allows. Every attempt is
 * reported to the caller, who writes it into the history. The {@code X-Lotline-Delivery} header stays the same across
 * attempts so that a receiver can drop duplicates.
 */
@Component
class WebhookChannel {
    private final WebhookPost webhook;
    private final JsonMapper json;
    private final RetrySchedule schedule;

    WebhookChannel(JsonMapper json, ExpiryProperties properties) {
        this.json = json;
        this.schedule = properties.webhook().schedule();
        this.webhook = new WebhookPost(properties.webhook().timeout());
    }

    /** Posts the message and reports each attempt, numbered from 1, until one succeeds or none is left. */
    void post(String url, String secret, AlertMessage message, ObjIntConsumer<Delivery> attempts) {
        byte[] body = json.writeValueAsBytes(message.payload());
        String deliveryId = UUID.randomUUID().toString();
        for (int attempt = 1; schedule.allows(attempt); attempt++) {
            if (!pause(schedule.pauseBefore(attempt))) {
                attempts.accept(Delivery.failed("Interrupted before attempt " + attempt), attempt);
                return;
            }
            WebhookPost.Outcome outcome = webhook.post(url, secret, message.event(), deliveryId, body);
            attempts.accept(outcome.sent() ? Delivery.sent(outcome.detail()) : Delivery.failed(outcome.detail()),
                    attempt);
            if (!outcome.retry()) {
                return;
            }
        }
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
