package io.lotline.operations;

import static io.lotline.operations.TestFiles.deleteRecursively;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Lotline in a process of its own on its default database is stopped as a service manager stops it (SIGTERM) while
 * clients book receipts. Spring's graceful shutdown lets the requests in progress finish: none may be answered with
 * an error, and the database may not be closed under them (on the embedded H2 file it was, by H2's own exit hook).
 * After the next start, every receipt answered 201 is there.
 */
class StoppedProcessIT extends IntegrationTest {
    private static final int CLIENTS = 4;
    private static final int ANSWERED_BEFORE_THE_STOP = 20;

    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Map<String, String> answeredLots = new ConcurrentHashMap<>();

    @Test
    void requests_in_progress_when_the_process_is_stopped_are_answered_and_kept() throws Exception {
        Path directory = Path.of("target", "stop-test", TestDatabase.isPostgres() ? "postgres" : "h2");
        deleteRecursively(directory);
        try (LotlineProcess lotline = new LotlineProcess(directory, LotlineProcess.database(jdbc, "stop_test"))) {
            lotline.start();
            bookUntilStopped(lotline);

            assertThat(refusals).as("answers other than 201 while stopping").isEmpty();
            assertThat(lotline.logLines()).as("the stopping process's log")
                    .noneMatch(line -> line.contains("Database is already closed"))
                    .noneMatch(line -> line.contains("Invocation of destroy method failed"));

            lotline.start();
            for (Map.Entry<String, String> answered : answeredLots.entrySet()) {
                HttpResponse<String> dossier = lotline.get("operator", "/api/v1/lots/" + answered.getValue());
                assertThat(dossier.statusCode()).as("lot " + answered.getValue()).isEqualTo(200);
                assertThat((String) JsonPath.read(dossier.body(), "$.lot.supplierLot")).isEqualTo(answered.getKey());
            }
        }
    }

    private void bookUntilStopped(LotlineProcess lotline) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            String name = "STOP-" + client + "-";
            clients.submit(() -> {
                for (int n = 0; ; n++) {
                    if (!receive(lotline, name + n)) {
                        return null;
                    }
                    answered.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        while (answered.get() < ANSWERED_BEFORE_THE_STOP && !clients.isTerminated()) {
            Thread.sleep(10);
        }
        lotline.stop();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).as("clients stop once the process is gone").isTrue();
        assertThat(answeredLots).as("receipts answered before the process was gone")
                .hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_STOP);
    }

    /** Sends a receipt; false once no answer comes (the process no longer listens) or the answer was not 201. */
    private boolean receive(LotlineProcess lotline, String supplierLot) throws InterruptedException {
        String json = """
                {"supplier": "MUEHLE", "purchaseOrder": "PO-%s", "lines": [{"sku": "FLOUR-550",
                 "quantity": {"amount": 4, "unit": "BAG"}, "supplierLot": "%s", "productionDate": "%s",
                 "destination": {"location": "DOCK"}}]}"""
                .formatted(supplierLot, supplierLot, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        try {
            HttpResponse<String> response = lotline.post("operator", "/api/v1/receipts",
                    UUID.randomUUID().toString(), json);
            if (response.statusCode() != 201) {
                refusals.add(supplierLot + " -> " + response.statusCode() + " " + response.body());
                return false;
            }
            answeredLots.put(supplierLot, JsonPath.read(response.body(), "$.lots[0].lotNumber"));
            return true;
        } catch (IOException noAnswer) {
            return false;
        }
    }
}
