package io.lotline.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * I3 over HTTP: captures {@code --documents} EPCIS documents of {@code --events} events each (receiving, shipping
 * and transformation events of partners' lots at partners' places, so that none books stock) through
 * {@code POST /api/v1/epcis/capture} from {@code --clients} clients against a running Lotline, with nothing but the
 * JDK. Documents are generated before the clock starts; the first {@code --warmup} are sent before it. Run it from
 * the project directory:
 * <pre>
 * java src/test/java/io/lotline/load/EpcisCaptureLoad.java --url=http://localhost:8080 --user=admin \
 *     --password=... --documents=20 --events=1000 --clients=2
 * </pre>
 * It reports figures and asserts nothing: the machine decides them (the load average is printed beside them).
 */
public final class EpcisCaptureLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        String url = options.getOrDefault("url", "http://localhost:8080") + "/api/v1/epcis/capture";
        String auth = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "admin") + ":"
                + options.getOrDefault("password", "")).getBytes(StandardCharsets.UTF_8));
        int documents = Integer.parseInt(options.getOrDefault("documents", "20"));
        int events = Integer.parseInt(options.getOrDefault("events", "1000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "2"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<byte[]> bodies = new ArrayList<>();
        long bytes = 0;
        for (int d = 0; d < warmup + documents; d++) {
            bodies.add(document(events).getBytes(StandardCharsets.UTF_8));
            bytes += d >= warmup ? bodies.get(d).length : 0;
        }
        for (int d = 0; d < warmup; d++) {
            send(http, url, auth, bodies.get(d));
        }
        System.out.printf("documents: %d of %d events (%.1f MB), clients: %d, load average before: %s%n", documents,
                events, bytes / 1e6, clients, loadAverage());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<Long>> sent = new ArrayList<>();
        for (byte[] body : bodies.subList(warmup, bodies.size())) {
            sent.add(pool.submit(() -> send(http, url, auth, body)));
        }
        long slowest = 0;
        for (Future<Long> each : sent) {
            slowest = Math.max(slowest, each.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("captured %d events in %.2f s: %.0f events/s over HTTP; slowest document %d ms; "
                + "load average after: %s%n", (long) documents * events, seconds, documents * events / seconds,
                slowest, loadAverage());
    }

    /** Sends one document and answers how long it took, in milliseconds; an answer other than 200 stops the run. */
    private static long send(HttpClient http, String url, String auth, byte[] body) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth).header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body());
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String document(int events) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events; i++) {
            String lot = "urn:epc:class:lgtin:9521234.054321." + run + "-" + i;
            String place = "urn:epc:id:sgln:9521234.00001.P" + run;
            list.append(i == 0 ? "" : ",").append(switch (i % 3) {
                case 0 -> """
                        {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T09:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "receiving",
                         "disposition": "in_progress", "bizLocation": {"id": "%s"}, "epcList": [],
                         "quantityList": [{"epcClass": "%s", "quantity": 500, "uom": "KGM"}]}"""
                        .formatted(UUID.randomUUID(), place, lot);
                case 1 -> """
                        {"type": "TransformationEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T10:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "bizStep": "commissioning", "disposition": "active",
                         "bizLocation": {"id": "%s"}, "transformationID": "urn:uuid:%s",
                         "inputQuantityList": [{"epcClass": "%s", "quantity": 38.5, "uom": "KGM"}],
                         "outputQuantityList": [{"epcClass": "%s-out", "quantity": 120, "uom": "H87"}]}"""
                        .formatted(UUID.randomUUID(), place, UUID.randomUUID(), lot, lot);
                default -> """
                        {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T11:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "shipping",
                         "disposition": "in_transit", "readPoint": {"id": "%s"}, "epcList": [],
                         "quantityList": [{"epcClass": "%s", "quantity": 100, "uom": "KGM"}]}"""
                        .formatted(UUID.randomUUID(), place, lot);
            });
        }
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(list);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }
}
