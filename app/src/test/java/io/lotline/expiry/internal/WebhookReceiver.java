package io.lotline.expiry.internal;

import com.sun.net.httpserver.HttpServer;
import io.lotline.shared.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for the tests, on 127.0.0.1 at a free port: answers the first calls with a chosen error status,
 * then 200, and keeps every request it got.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One call as received: the headers that matter and the exact body. */
    public record Call(String signature, String event, String delivery, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    private WebhookReceiver(int failures, int errorStatus) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            calls.add(new Call(headers.getFirst("X-Lotline-Signature"), headers.getFirst("X-Lotline-Event"),
                    headers.getFirst("X-Lotline-Delivery"), new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? errorStatus : 200, -1);
            exchange.close();
        });
        server.start();
    }

    /** Fails the first {@code failures} calls with {@code errorStatus}, then accepts. */
    public static WebhookReceiver failingFirst(int failures, int errorStatus) {
        return new WebhookReceiver(failures, errorStatus);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The signature Lotline must have sent for this body and secret. */
    public static String expectedSignature(String secret, String body) {
        return WebhookSignature.of(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
