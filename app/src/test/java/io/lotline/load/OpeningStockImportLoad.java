package io.lotline.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures an opening-stock import over real HTTP against a running Lotline, with nothing but the JDK. It imports
 * the master data a plant needs (a site, a warehouse, locations, items numbering their lots with a six-digit daily
 * sequence, a supplier) through the import endpoints,
 * writes an opening-stock CSV of {@code --rows} lines (one lot in two places on every tenth line, a pallet on every
 * fourth), checks it with a dry run, imports it while reading the import's progress, and sends it again. Run it
 * from the project directory against an empty database:
 * <pre>
 * java src/test/java/io/lotline/load/OpeningStockImportLoad.java --url=http://localhost:8080 --user=admin \
 *     --password=... --rows=100000
 * </pre>
 * It reports figures and asserts nothing: the machine decides them (print the load average beside them).
 */
public final class OpeningStockImportLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ROWS_DONE = Pattern.compile("\"rowsDone\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        String url = options.getOrDefault("url", "http://localhost:8080");
        String auth = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "admin") + ":"
                + options.getOrDefault("password", "")).getBytes(StandardCharsets.UTF_8));
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        String run = options.getOrDefault("prefix", "R" + Long.toString(System.currentTimeMillis() % 100_000, 36))
                .toUpperCase();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Import imports = new Import(http, url, auth);

        System.out.printf("rows: %d, prefix: %s, load average before: %s%n", rows, run, loadAverage());
        imports.post("/api/v1/lot-number-formats", "{\"code\": \"" + run + "\", \"pattern\": \"" + run
                + "{YY}{MM}{DD}{SEQ:6}\", \"description\": \"opening stock\", \"isDefault\": false}");
        imports.send("sites", "code,name,plantCode\n" + run + ",Plant " + run + "," + run + "\n", false);
        imports.send("warehouses", "code,name,site\n" + run + "-WH,Warehouse," + run + "\n", false);
        StringBuilder text = new StringBuilder("code,warehouse\n");
        for (int l = 0; l < 500; l++) {
            text.append(run).append("-L").append(l).append(',').append(run).append("-WH\n");
        }
        imports.send("locations", text.toString(), false);
        text = new StringBuilder("sku,description,baseUnit,shelfLifeDays,initialLotStatus,lotNumberFormat\n");
        for (int i = 0; i < 200; i++) {
            text.append(run).append("-I").append(i).append(",Item ").append(i).append(",KG,365,RELEASED,")
                    .append(run).append('\n');
        }
        imports.send("items", text.toString(), false);
        imports.send("parties", "code,role,name\n" + run + "-SUP,SUPPLIER,Supplier " + run + "\n", false);

        String stock = stock(run, rows);
        System.out.printf("file: %,d bytes%n", stock.length());
        long started = System.nanoTime();
        String dryRun = imports.send("opening-stock", stock, true);
        System.out.printf("dry run: %.1f s, %s%n", seconds(started), dryRun.contains("\"valid\":true") ? "valid"
                : dryRun.substring(0, Math.min(400, dryRun.length())));

        long importStarted = System.nanoTime();
        Thread watcher = new Thread(() -> imports.watch(importStarted));
        watcher.setDaemon(true);
        watcher.start();
        started = importStarted;
        String answer = imports.send("opening-stock", stock, false);
        double importSeconds = seconds(started);
        watcher.interrupt();
        System.out.printf("import: %.1f s (%,.0f rows/s), %s%n", importSeconds, rows / importSeconds,
                answer.substring(0, Math.min(400, answer.length())));
        started = System.nanoTime();
        String again = imports.send("opening-stock", stock, false);
        System.out.printf("same file again: %.2f s, %s%n", seconds(started), again.contains("\"repeated\":true")
                ? "answered the first import" : again);
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** Opening stock over the items and locations: every tenth lot lies in two places, every fourth row on a pallet. */
    private static String stock(String run, int rows) {
        StringBuilder text = new StringBuilder("sku,quantity,unit,location,pallet,supplierLot,supplier,"
                + "productionDate,status\n");
        LocalDate day = LocalDate.now().minusDays(100);
        int lot = 0;
        for (int row = 0; row < rows; row++) {
            boolean secondPlace = row % 10 == 9;
            int thisLot = secondPlace ? lot - 1 : lot++;
            text.append(run).append("-I").append(thisLot % 200).append(',').append(1 + row % 97).append(".5,KG,")
                    .append(run).append("-L").append((thisLot + (secondPlace ? 1 : 0)) % 500).append(',')
                    .append(row % 4 == 0 ? run + "-P" + row : "").append(",SL ").append(run).append('/')
                    .append(thisLot).append(',').append(run).append("-SUP,").append(day.plusDays(thisLot % 90))
                    .append(",RELEASED\n");
        }
        return text.toString();
    }

    private record Import(HttpClient http, String url, String auth) {
        void post(String path, String json) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
        }

        String send(String kind, String csv, boolean dryRun) throws Exception {
            String boundary = UUID.randomUUID().toString();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(url + "/api/v1/imports/" + kind + "?dryRun=" + dryRun))
                    .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(kind + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        /** Prints the newest import's status and rows done every two seconds. */
        void watch(long started) {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(2_000);
                    String page = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/imports?size=1"))
                            .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
                    System.out.printf("  %5.1f s: import %s %s, %s rows done%n", seconds(started), find(ID, page),
                            find(STATUS, page), find(ROWS_DONE, page));
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.out.println("  progress not readable: " + e);
            }
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
