package io.lotline.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what authentication costs over real HTTP against a running Lotline, with nothing but the JDK:
 * <ol>
 *   <li>one client calling {@code GET /api/v1/users/me} in a row, with an API token and with HTTP Basic: the whole
 *       round trip, so the token's figure is an upper bound of its time in authentication;</li>
 *   <li>N clients reading lot dossiers ({@code GET /api/v1/lots/{lotNumber}}) with an API token: requests/s, p50,
 *       p99.</li>
 * </ol>
 * It signs in once with HTTP Basic to issue itself a token. Run it from the project directory:
 * <pre>
 * java src/test/java/io/lotline/load/DossierLoad.java --url=http://localhost:8080 --user=quality \
 *     --password=lotline-sample --clients=16 --seconds=20
 * </pre>
 * It reports figures and asserts nothing: the machine decides them (print the load average beside them).
 */
public final class DossierLoad {
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(llt_[^\"]+)\"");
    private static final Pattern LOT = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        String basic = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "quality") + ":"
                + options.getOrDefault("password", "lotline-sample")).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int sequential = Integer.parseInt(options.getOrDefault("requests", "2000"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        String bearer = "Bearer " + match(SECRET, send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"DossierLoad " + System.nanoTime() + "\"}")),
                201));
        List<String> lots = lots(http, url, bearer);
        System.out.printf("lots: %d, clients: %d, load average before: %s%n", lots.size(), clients, loadAverage());

        report("me, API token, 1 client", sequential(http, url + "/api/v1/users/me", bearer, sequential));
        Result unknown = sequential(http, url + "/api/v1/users/me", "Bearer llt_" + "A".repeat(43), sequential);
        Result malformed = sequential(http, url + "/api/v1/users/me", "Bearer llt_malformed", sequential);
        report("401, unknown token (hash + look-up)", unknown);
        report("401, malformed token (no look-up)", malformed);
        System.out.printf("token look-up alone (p50 difference of the two 401s): %.3f ms%n",
                (percentile(sorted(unknown), 0.50) - percentile(sorted(malformed), 0.50)) / 1e6);
        report("me, HTTP Basic, 1 client", sequential(http, url + "/api/v1/users/me", basic,
                Math.max(20, sequential / 50)));
        concurrent(http, url, bearer, lots, clients, Duration.ofSeconds(Math.max(2, seconds / 4)));
        Result dossiers = concurrent(http, url, bearer, lots, clients, Duration.ofSeconds(seconds));
        report("lot dossiers, API token, " + clients + " clients", dossiers);
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private record Result(long[] nanos, double seconds) {
    }

    /** One client in a row; any answer counts (the 401 rows measure refusals). */
    private static Result sequential(HttpClient http, String uri, String authorization, int requests)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization).build();
        for (int i = 0; i < Math.min(requests, 200); i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        long[] nanos = new long[requests];
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long before = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            nanos[i] = System.nanoTime() - before;
        }
        return new Result(nanos, (System.nanoTime() - start) / 1e9);
    }

    private static Result concurrent(HttpClient http, String url, String bearer, List<String> lots, int clients,
                                     Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong counts = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] nanos = new long[2_000_000];
            perClient.add(nanos);
            int first = c;
            Thread thread = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < deadline && n < nanos.length) {
                        String lot = lots.get((first + n) % lots.size());
                        long before = System.nanoTime();
                        get(http, url + "/api/v1/lots/" + lot, bearer);
                        nanos[n++] = System.nanoTime() - before;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    counts.addAndGet(n);
                    nanos[nanos.length - 1] = n;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[(int) counts.get()];
        int at = 0;
        for (long[] nanos : perClient) {
            int n = (int) nanos[nanos.length - 1];
            System.arraycopy(nanos, 0, all, at, n);
            at += n;
        }
        return new Result(all, seconds);
    }

    private static long[] sorted(Result result) {
        long[] sorted = result.nanos().clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private static void report(String what, Result result) {
        long[] sorted = sorted(result);
        System.out.printf("%-40s %8d requests %9.1f/s  p50 %7.3f ms  p99 %7.3f ms  max %8.3f ms%n", what,
                sorted.length, sorted.length / result.seconds(), percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static List<String> lots(HttpClient http, String url, String bearer) throws Exception {
        String body = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/lots?size=500"))
                .header("Authorization", bearer).GET(), 200);
        List<String> lots = new ArrayList<>();
        Matcher matcher = LOT.matcher(body);
        while (matcher.find()) {
            lots.add(matcher.group(1));
        }
        if (lots.isEmpty()) {
            throw new IllegalStateException("No lots to read: start Lotline with the sample data");
        }
        return lots;
    }

    private static void get(HttpClient http, String uri, String authorization) throws Exception {
        send(http, HttpRequest.newBuilder(URI.create(uri)).header("Authorization", authorization).GET(), 200);
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected answer: " + body);
        }
        return matcher.group(1);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "(unknown)";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }
}
