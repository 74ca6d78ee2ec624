package io.lotline.operations;

import io.lotline.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lotline in a JVM of its own, started from the test's class path in a working directory of its own (so that the
 * default embedded database is {@code <directory>/data/lotline}), with the sample bakery; stopped as a service
 * manager stops it or killed as {@code kill -9} would.
 */
final class LotlineProcess implements AutoCloseable {
    /** How long a start may take on a busy build machine before the test gives up waiting. */
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Path directory;
    private final List<String> arguments;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private Process process;
    private int starts;
    private Path log;

    LotlineProcess(Path directory, List<String> arguments) throws IOException {
        this.directory = Files.createDirectories(directory.toAbsolutePath());
        this.arguments = arguments;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    /**
     * The arguments that give the process its default database: none on H2 (the file in its directory); on PostgreSQL
     * a schema of this name, made new, migrated and used as the owner.
     */
    static List<String> database(JdbcClient jdbc, String schema) {
        if (!TestDatabase.isPostgres()) {
            return List.of();
        }
        TestDatabase.owner(jdbc).sql("drop schema if exists " + schema + " cascade").update();
        TestDatabase.owner(jdbc).sql("create schema " + schema).update();
        return List.of("--spring.datasource.url=" + System.getenv("LOTLINE_TEST_POSTGRES_URL")
                        + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestDatabase.ownerUser(),
                "--spring.datasource.password=" + TestDatabase.ownerPassword());
    }

    /** Starts Lotline and returns once it answers an operator's request for the sample's flour. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath(), "io.lotline.LotlineApplication",
                "--server.port=" + port, "--lotline.sample-data.enabled=true", "--lotline.expiry.sweep.cron=-",
                "--lotline.admin.password=crash-test-admin",
                "--lotline.security.bcrypt-strength=4"));
        command.addAll(arguments);
        log = directory.resolve("lotline-" + (++starts) + ".log");
        process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Lotline stopped during its start; see " + log + ":\n"
                        + tail(log));
            }
            try {
                if (get("operator", "/api/v1/items/FLOUR-550").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Lotline did not answer within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops a service: Spring's graceful shutdown and every shutdown hook run. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** What the process of the latest start wrote. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    HttpResponse<String> post(String user, String path, String idempotencyKey, String json)
            throws IOException, InterruptedException {
        HttpRequest request = request(user, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        String password = "admin".equals(user) ? "crash-test-admin" : "lotline-sample";
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + basic);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** The test's class path with absolute entries (failsafe may hand it over as a manifest-only jar). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
