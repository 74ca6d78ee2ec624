package io.lotline.bench.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of Lotline over HTTP as a system integrator writes one with the JDK: an API token sent as
 * {@code Authorization: Bearer}, compressed answers accepted, a fresh {@code Idempotency-Key} per booking. For the
 * pages it signs in with the form, as a browser does, and keeps the session cookie.
 */
final class BenchClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String token;

    /**
     * What one request answered and how long it took, from sending it to the last byte of the answer; {@code bytesSent}
     * is the size on the wire (compressed when the server compressed it).
     */
    record Answer(int status, byte[] body, long bytesSent, double millis, String location) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    BenchClient(String token) {
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
    }

    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), true);
    }

    Answer post(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), true);
    }

    /** A page, with the session of {@link #signIn} instead of the token. */
    Answer page(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), false);
    }

    /** Signs in with the login form: the form's CSRF token from the login page, then the form; keeps the session. */
    void signIn(String base, String username, String password) {
        Answer login = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), false);
        Matcher token = CSRF.matcher(login.text());
        if (!token.find()) {
            throw new IllegalStateException("The login page carried no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1));
        Answer signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), false);
        if (signedIn.status() != 302 || signedIn.location().contains("/login")) {
            throw new IllegalStateException("The bench could not sign in to the pages: " + signedIn.status() + " "
                    + signedIn.location());
        }
    }

    private Answer send(HttpRequest.Builder request, boolean withToken) {
        if (withToken) {
            request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        }
        request.header("Accept-Encoding", "gzip").timeout(Duration.ofMinutes(5));
        try {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            byte[] body = response.body();
            long sent = body.length;
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = unzipped.readAllBytes();
                }
            }
            String location = response.headers().firstValue("Location").orElse("");
            return new Answer(response.statusCode(), body, sent, millis, location);
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer from " + request.build().uri(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
