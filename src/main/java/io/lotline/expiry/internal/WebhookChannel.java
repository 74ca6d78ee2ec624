package io.lotline.expiry.internal;

import io.lotline.shared.RetrySchedule;
import io.lotline.shared.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.ObjIntConsumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook calls: an HTTP POST of the alert as JSON, signed ({@link WebhookSignature}), tried again with a growing
 * pause after a network error, a timeout or an answer 408, 429 or 5xx, at most as often as the
 * {@link RetrySchedule} allows. Every attempt is reported to the caller, who writes it into the history. The
 * {@code X-Lotline-Delivery} header stays the same across attempts so that a receiver can drop duplicates.
 */
@Component
class WebhookChannel {
    private final HttpClient client;
    private final JsonMapper json;
    private final RetrySchedule schedule;
    private final Duration timeout;

    WebhookChannel(JsonMapper json, ExpiryProperties properties) {
        this.json = json;
        this.schedule = properties.webhook().schedule();
        this.timeout = properties.webhook().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the message and reports each attempt, numbered from 1, until one succeeds or none is left. */
    void post(String url, String secret, AlertMessage message, ObjIntConsumer<Delivery> attempts) {
        byte[] body = json.writeValueAsBytes(message.payload());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Lotline-Event", message.event())
                .header("X-Lotline-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int attempt = 1; schedule.allows(attempt); attempt++) {
            if (!pause(schedule.pauseBefore(attempt))) {
                attempts.accept(Delivery.failed("Interrupted before attempt " + attempt), attempt);
                return;
            }
            Outcome outcome = attempt(request);
            attempts.accept(outcome.delivery(), attempt);
            if (!outcome.retry()) {
                return;
            }
        }
    }

    private record Outcome(Delivery delivery, boolean retry) {
    }

    private Outcome attempt(HttpRequest request) {
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(Delivery.sent("HTTP " + status), false);
            }
            boolean retry = status == 408 || status == 429 || status >= 500;
            return new Outcome(Delivery.failed("HTTP " + status + (retry ? "" : ", not retried")), retry);
        } catch (IOException unreachable) {
            return new Outcome(Delivery.failed(unreachable.getClass().getSimpleName() + ": "
                    + unreachable.getMessage()), true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(Delivery.failed("Interrupted"), false);
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
