package io.lotline.outbound.internal;

import io.lotline.shared.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * One attempt to post a message to a subscriber's webhook, signed as expiry alerts are ({@link WebhookSignature}),
 * with {@code X-Lotline-Event} and an {@code X-Lotline-Delivery} id that is the same on every attempt. A network
 * error, a timeout, 408, 429 or 5xx may be retried; another 4xx is not. The pause between attempts is the outbox's.
 */
@Component
class WebhookCall {
    private final HttpClient client;
    private final OutboundProperties properties;

    WebhookCall(OutboundProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How the attempt went: sent, or failed and whether another attempt may help. */
    record Outcome(boolean sent, boolean retry, String detail) {
    }

    Outcome post(OutboxMessages.Claimed message) {
        byte[] body = message.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(message.url())).timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Lotline-Event", message.eventType())
                    .header("X-Lotline-Delivery", message.deliveryId())
                    .header(WebhookSignature.HEADER, WebhookSignature.of(message.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, false, "HTTP " + status);
            }
            boolean retry = status == 408 || status == 429 || status >= 500;
            return new Outcome(false, retry, "HTTP " + status + (retry ? "" : ", not retried"));
        } catch (IOException unreachable) {
            return new Outcome(false, true, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, true, "Interrupted");
        }
    }
}
