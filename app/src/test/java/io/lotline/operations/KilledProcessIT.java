package io.lotline.operations;

import static io.lotline.operations.TestFiles.deleteRecursively;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Lotline runs in a process of its own on its default database (the embedded H2 file, or a PostgreSQL schema of its
 * own in the PostgreSQL run). Clients receive and transfer stock; the process is killed as {@code kill -9} would,
 * mid-stream, started again on the same database, and the requests whose answer never came are sent again with
 * their idempotency keys. Every booking that was answered 201 must still be there, exactly once.
 */
class KilledProcessIT extends IntegrationTest {
    private static final int CLIENTS = 4;
    /**
     * Kills in a row: three on the embedded H2 file, whose recovery is Lotline's own setting; one on PostgreSQL, where
     * it is the server's and the kill checks that Lotline's connection settings do not give it away.
     */
    private static final int ROUNDS = TestDatabase.isPostgres() ? 1 : 3;
    /** Bookings answered in a round before the process is killed; the clients keep sending while it dies. */
    private static final int ANSWERED_BEFORE_THE_KILL = 30;

    /** One request a client sent, with its idempotency key, and what came of it. */
    static final class Request {
        final String kind;
        final String key = UUID.randomUUID().toString();
        final String path;
        final String json;
        final String supplierLot;
        final String lotNumber;
        volatile String answer;
        volatile boolean inDoubt;

        Request(String kind, String path, String json, String supplierLot, String lotNumber) {
            this.kind = kind;
            this.path = path;
            this.json = json;
            this.supplierLot = supplierLot;
            this.lotNumber = lotNumber;
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    @Test
    void every_acknowledged_booking_survives_kill_9_and_a_retried_one_is_booked_exactly_once() throws Exception {
        Path directory = Path.of("target", "crash-test", TestDatabase.isPostgres() ? "postgres" : "h2");
        deleteRecursively(directory);
        try (LotlineProcess lotline = new LotlineProcess(directory, LotlineProcess.database(jdbc, "crash_test"))) {
            lotline.start();
            for (int round = 1; round <= ROUNDS; round++) {
                bookUntilKilled(lotline, round);
                lotline.start();
                sendAgainWhatWasInDoubt(lotline);
            }

            assertThat(refusals).as("answers other than 201").isEmpty();
            assertThat(requests.stream().filter(request -> request.inDoubt)).as("in doubt after the retries")
                    .isEmpty();
            HttpResponse<String> verification = lotline.get("compliance", "/api/v1/ledger/verification");
            assertThat(verification.statusCode()).isEqualTo(200);
            assertThat((Boolean) JsonPath.read(verification.body(), "$.intact")).as(verification.body()).isTrue();
            for (Request receipt : requests.stream().filter(request -> request.kind.equals("receipt")).toList()) {
                everyAnsweredBookingOfTheLotIsThereOnce(lotline, receipt);
            }
        }
    }

    /** Clients book until {@link #ANSWERED_BEFORE_THE_KILL} answers came, then the process is killed under them. */
    private void bookUntilKilled(LotlineProcess lotline, int round) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            String name = "CRASH-" + round + "-" + client + "-";
            clients.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    Request receipt = receipt(name + n);
                    if (!send(lotline, receipt)) {
                        return null;
                    }
                    answered.incrementAndGet();
                    String lot = JsonPath.read(receipt.answer, "$.lots[0].lotNumber");
                    if (!send(lotline, transfer(lot))) {
                        return null;
                    }
                    answered.incrementAndGet();
                }
                return null;
            });
        }
        clients.shutdown();
        while (answered.get() < ANSWERED_BEFORE_THE_KILL && !clients.isTerminated()) {
            Thread.sleep(10);
        }
        lotline.kill();
        killed.set(true);
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).as("clients stop once the process is gone").isTrue();
        assertThat(refusals).as("answers other than 201 in round " + round).isEmpty();
    }

    /** Sends a request; false when no answer came (the process is gone) or the answer was not 201. */
    private boolean send(LotlineProcess lotline, Request request) throws InterruptedException {
        requests.add(request);
        try {
            HttpResponse<String> response = lotline.post("operator", request.path, request.key, request.json);
            if (response.statusCode() != 201) {
                refusals.add(request.path + " " + request.json + " -> " + response.statusCode() + " "
                        + response.body());
                return false;
            }
            request.answer = response.body();
            return true;
        } catch (IOException noAnswer) {
            request.inDoubt = true;
            return false;
        }
    }

    /** The client does what a client should after a crash: sends the same request with the same key again. */
    private void sendAgainWhatWasInDoubt(LotlineProcess lotline) throws Exception {
        for (Request request : requests) {
            if (!request.inDoubt) {
                continue;
            }
            HttpResponse<String> response = lotline.post("operator", request.path, request.key, request.json);
            assertThat(response.statusCode()).as(request.path + " sent again: " + response.body()).isEqualTo(201);
            request.answer = response.body();
            request.inDoubt = false;
        }
    }

    @SuppressWarnings("unchecked")
    private void everyAnsweredBookingOfTheLotIsThereOnce(LotlineProcess lotline, Request receipt) throws Exception {
        String lot = JsonPath.read(receipt.answer, "$.lots[0].lotNumber");
        long receiptEntry = ((Number) JsonPath.read(receipt.answer, "$.lots[0].entryId")).longValue();
        HttpResponse<String> dossier = lotline.get("operator", "/api/v1/lots/" + lot);
        assertThat(dossier.statusCode()).as("lot " + lot + ", answered " + receipt.answer).isEqualTo(200);
        String body = dossier.body();
        assertThat((String) JsonPath.read(body, "$.lot.supplierLot")).isEqualTo(receipt.supplierLot);
        HttpResponse<String> sameSupplierLot = lotline.get("operator",
                "/api/v1/lots/by-supplier-lot?supplierLot=" + receipt.supplierLot);
        assertThat((List<Object>) JsonPath.read(sameSupplierLot.body(), "$[*].id"))
                .as("lots received as supplier lot " + receipt.supplierLot)
                .containsExactly((Object) JsonPath.read(body, "$.lot.id"));
        assertThat(((List<Number>) JsonPath.read(body, "$.history[?(@.type == 'RECEIPT')].id")).stream()
                .map(Number::longValue)).as("receipt entries of lot " + lot).containsExactly(receiptEntry);
        List<String> answeredTransfers = requests.stream()
                .filter(request -> request.kind.equals("transfer") && lot.equals(request.lotNumber))
                .map(request -> (String) JsonPath.read(request.answer, "$.commandId")).toList();
        assertThat((List<String>) JsonPath.read(body, "$.history[?(@.type == 'TRANSFER')].commandId"))
                .as("transfer entries of lot " + lot).containsExactlyInAnyOrderElementsOf(answeredTransfers);

        Map<String, BigDecimal> fromEntries = new HashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) JsonPath.read(body, "$.history[*]")) {
            BigDecimal amount = new BigDecimal(((Map<?, ?>) entry.get("baseQuantity")).get("amount").toString());
            if (entry.get("to") instanceof Map<?, ?> to) {
                fromEntries.merge((String) to.get("location"), amount, BigDecimal::add);
            }
            if (entry.get("from") instanceof Map<?, ?> from) {
                fromEntries.merge((String) from.get("location"), amount.negate(), BigDecimal::add);
            }
        }
        fromEntries.values().removeIf(amount -> amount.signum() == 0);
        Map<String, BigDecimal> balances = new HashMap<>();
        for (Map<String, Object> balance : (List<Map<String, Object>>) JsonPath.read(body, "$.balances[*]")) {
            balances.merge((String) balance.get("location"),
                    new BigDecimal(((Map<?, ?>) balance.get("quantity")).get("amount").toString()), BigDecimal::add);
        }
        assertThat(balances).as("balances of lot " + lot + " against its entries")
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(fromEntries);
        BigDecimal moved = new BigDecimal(25 * answeredTransfers.size());
        assertThat(fromEntries.get("DOCK")).isEqualByComparingTo(new BigDecimal(100).subtract(moved));
    }

    private static Request receipt(String supplierLot) {
        String json = """
                {"supplier": "MUEHLE", "purchaseOrder": "PO-%s", "lines": [{"sku": "FLOUR-550",
                 "quantity": {"amount": 4, "unit": "BAG"}, "supplierLot": "%s", "productionDate": "%s",
                 "destination": {"location": "DOCK"}}]}"""
                .formatted(supplierLot, supplierLot, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        return new Request("receipt", "/api/v1/receipts", json, supplierLot, null);
    }

    private static Request transfer(String lot) {
        String json = """
                {"lotNumber": "%s", "quantity": {"amount": 25, "unit": "KG"}, "from": {"location": "DOCK"},
                 "to": {"location": "RAW-01"}}""".formatted(lot);
        return new Request("transfer", "/api/v1/transfers", json, null, lot);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? "postgres" : value;
    }
}
