package io.lotline.outbound.internal;

import io.lotline.shared.WebhookPost;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** One attempt to post an outbox message to its subscriber, signed as expiry alerts are; the pause is the outbox's. */
@Component
class WebhookCall {
    private final WebhookPost webhook;

    WebhookCall(OutboundProperties properties) {
        this.webhook = new WebhookPost(properties.timeout());
    }

    WebhookPost.Outcome post(OutboxMessages.Claimed message) {
        return webhook.post(message.url(), message.secret(), message.eventType(), message.deliveryId(),
                message.payload().getBytes(StandardCharsets.UTF_8));
    }
}
