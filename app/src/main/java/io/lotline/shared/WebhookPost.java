package io.lotline.shared;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One attempt to post a signed JSON body to a webhook ({@link WebhookSignature}), with {@code X-Lotline-Event} and
 * an {@code X-Lotline-Delivery} id that the caller keeps the same on every attempt, so that a receiver can drop
 * repeats. Redirects are not followed. A network error, a timeout, 408, 429 or 5xx may pass and is worth another
 * attempt; another 4xx is not. When and how often to try again is the caller's {@link RetrySchedule}.
 */
public final class WebhookPost {
    private final HttpClient client;
    private final Duration timeout;

    /** How the attempt went, whether another may help, and what a delivery log should say. */
    public record Outcome(boolean sent, boolean retry, String detail) {
    }

    public WebhookPost(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome post(String url, String secret, String event, String deliveryId, byte[] body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-Lotline-Event", event)
                    .header("X-Lotline-Delivery", deliveryId)
                    .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, false, "HTTP " + status);
            }
            boolean retry = status == 408 || status == 429 || status >= 500;
            return new Outcome(false, retry, "HTTP " + status + (retry ? "" : ", not retried"));
        } catch (IllegalArgumentException unusable) {
            return new Outcome(false, false, "Not a usable webhook URL: " + unusable.getMessage());
        } catch (IOException unreachable) {
            return new Outcome(false, true, unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, "Interrupted");
        }
    }
}
