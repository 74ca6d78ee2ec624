package io.lotline.support;

import io.lotline.LotlineApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second Lotline on the test database, as a second server behind a load balancer would be: its own application
 * context, memory and connection pool, reached over HTTP with Basic sign-in. Nothing is shared with the first
 * instance but the database.
 */
public final class SecondInstance implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** What a call answered: the status and the body. */
    public record Answer(int status, String body) {
    }

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the second instance on the database the tests run on; the first instance has migrated it. */
    public static SecondInstance start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("lotline.admin.password", IntegrationTest.PASSWORD);
        properties.put("lotline.security.bcrypt-strength", "4");
        properties.put("lotline.expiry.sweep.cron", "-");
        properties.put("lotline.gs1.company-prefix", "4012345");
        properties.put("lotline.sign-in.address.free-failures", "100000");
        properties.put("lotline.sign-in.address.lock-after", "100000");
        properties.put("spring.main.banner-mode", "off");
        // as arguments: they win over application.yml, as the test's own properties do
        return new SecondInstance(new SpringApplicationBuilder(LotlineApplication.class).run(properties.entrySet()
                .stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Answer get(String username, String path) {
        return send(username, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String username, String path, String json) {
        return send(username, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private Answer send(String username, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + IntegrationTest.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The second instance did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
