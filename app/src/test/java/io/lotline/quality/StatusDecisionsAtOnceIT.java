package io.lotline.quality;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.support.AtOnce;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two decisions on one lot at the same moment: a release and a reject, or a release and a recall's block. Each is
 * checked again under the item's lock that every status change takes, so one is booked and the other is refused by
 * name, or both are booked only where the rules allow the second after the first. Once with both decisions made to
 * wait at the lock after their first check (the refusal is then the ledger's, 409), and many times let loose at once.
 */
class StatusDecisionsAtOnceIT extends IntegrationTest {
    private static final int LOTS = 20;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AvailableStock available;

    @Autowired
    Ledger ledger;

    private Floor.Site site;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
    }

    @Test
    void a_release_and_a_reject_waiting_at_the_lock_book_one_and_the_other_is_refused_naming_the_status_now()
            throws Exception {
        Item item = floor.anItem().quarantinedOnReceipt().register();
        String lot = floor.receive(site, item, "100", site.quarantine(), null);
        String releaseKey = UUID.randomUUID().toString();
        String rejectKey = UUID.randomUUID().toString();

        List<MvcTestResult> answers = whileTheItemIsLocked(item, List.of(() -> decide(lot, releaseKey, "APPROVED"),
                () -> decide(lot, rejectKey, "REJECTED")));

        MvcTestResult booked = answers.stream().filter(a -> a.getResponse().getStatus() == 201).findFirst()
                .orElseThrow();
        MvcTestResult refused = answers.get(1 - answers.indexOf(booked));
        String now = booked == answers.get(0) ? "RELEASED" : "REJECTED";
        String asked = booked == answers.get(0) ? "REJECTED" : "RELEASED";
        assertThat(refused).hasStatus(409);
        assertThat((String) read(refused, "$.rule")).isEqualTo("status-transition");
        assertThat((String) read(refused, "$.lotNumber")).isEqualTo(lot);
        assertThat((String) read(refused, "$.statusNow")).isEqualTo(now);
        assertThat((String) read(refused, "$.transition.from")).isEqualTo("QUARANTINE");
        assertThat((String) read(refused, "$.transition.to")).isEqualTo(asked);
        assertThat((String) read(refused, "$.detail")).contains("Lot " + lot + " is " + now);
        assertThat(statusChanges(lot)).containsExactly("QUARANTINE>" + now);

        String winnersKey = booked == answers.get(0) ? releaseKey : rejectKey;
        MvcTestResult retried = decide(lot, winnersKey, booked == answers.get(0) ? "APPROVED" : "REJECTED");
        assertThat(retried).hasStatus(201);
        assertThat((Integer) read(retried, "$.statusEntryId")).isEqualTo(read(booked, "$.statusEntryId"));
        assertThat((String) read(retried, "$.signedAt")).isEqualTo(read(booked, "$.signedAt"));
        assertThat(statusChanges(lot)).hasSize(1);
    }

    @Test
    void a_release_and_a_reject_of_the_same_lot_at_once_book_exactly_one_whichever_comes_first() throws Exception {
        for (int i = 0; i < LOTS; i++) {
            Item item = floor.anItem().quarantinedOnReceipt().register();
            String lot = floor.receive(site, item, "100", site.quarantine(), null);

            List<Object> answers = AtOnce.run(List.<Callable<MvcTestResult>>of(
                    () -> decide(lot, UUID.randomUUID().toString(), "APPROVED"),
                    () -> decide(lot, UUID.randomUUID().toString(), "REJECTED")));

            List<MvcTestResult> results = answers.stream().map(MvcTestResult.class::cast).toList();
            assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 201).hasSize(1);
            MvcTestResult refused = results.stream().filter(r -> r.getResponse().getStatus() != 201).findFirst()
                    .orElseThrow();
            String now = results.get(0).getResponse().getStatus() == 201 ? "RELEASED" : "REJECTED";
            // refused by the ledger under the lock (409), or by the first check if the other had committed (422)
            assertThat(refused.getResponse().getStatus()).isIn(409, 422);
            assertThat((String) read(refused, "$.rule")).isEqualTo("status-transition");
            assertThat((String) read(refused, "$.detail")).contains(now);
            assertThat(status(lot)).isEqualTo(now);
            assertThat(statusChanges(lot)).containsExactly("QUARANTINE>" + now);
        }
    }

    @Test
    void a_release_waiting_at_the_lock_with_a_recalls_block_never_leaves_the_lot_released_after_the_block()
            throws Exception {
        Item item = floor.anItem().quarantinedOnReceipt().register();
        String lot = floor.receive(site, item, "100", site.quarantine(), null);
        String recall = openRecall(lot);

        List<MvcTestResult> answers = whileTheItemIsLocked(item, List.of(
                () -> decide(lot, UUID.randomUUID().toString(), "APPROVED"),
                () -> as("quality").post("/api/v1/recalls/" + recall + "/confirmation", "{}")));

        assertThat(answers.get(1)).hasStatus(201);
        assertThat(status(lot)).isEqualTo("RECALLED");
        if (answers.get(0).getResponse().getStatus() == 201) {
            assertThat(statusChanges(lot)).containsExactly("QUARANTINE>RELEASED", "RELEASED>RECALLED");
        } else {
            assertThat(answers.get(0)).hasStatus(409);
            assertThat((String) read(answers.get(0), "$.rule")).isEqualTo("recall-holds-lot");
            assertThat((String) read(answers.get(0), "$.statusNow")).isEqualTo("RECALLED");
            assertThat(statusChanges(lot)).containsExactly("QUARANTINE>RECALLED");
        }
    }

    @Test
    void a_release_racing_a_recalls_block_leaves_every_lot_recalled() throws Exception {
        for (int i = 0; i < LOTS / 2; i++) {
            Item item = floor.anItem().quarantinedOnReceipt().register();
            String lot = floor.receive(site, item, "100", site.quarantine(), null);
            String recall = openRecall(lot);

            List<Object> answers = AtOnce.run(List.<Callable<MvcTestResult>>of(
                    () -> decide(lot, UUID.randomUUID().toString(), "APPROVED"),
                    () -> as("quality").post("/api/v1/recalls/" + recall + "/confirmation", "{}")));

            assertThat((MvcTestResult) answers.get(1)).hasStatus(201);
            assertThat(status(lot)).isEqualTo("RECALLED");
            assertThat(statusChanges(lot)).last().isEqualTo(statusChanges(lot).contains("QUARANTINE>RELEASED")
                    ? "RELEASED>RECALLED" : "QUARANTINE>RECALLED");
            assertThat(statusChanges(lot)).noneMatch(change -> change.startsWith("RECALLED>"));
        }
    }

    private MvcTestResult decide(String lot, String key, String meaning) {
        return as("quality").post("/api/v1/lots/" + lot + "/decision", key, """
                {"password": "%s", "meaning": "%s", "comment": "Lab results reviewed"}""".formatted(PASSWORD, meaning));
    }

    private String openRecall(String lot) {
        return read(as("quality").post("/api/v1/recalls", """
                {"reason": "Foreign body", "scope": {"lots": ["%s"]}}""".formatted(lot)), "$.code");
    }

    private String status(String lot) {
        return read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status");
    }

    /** The lot's status changes in booking order, each as {@code FROM>TO}. */
    private List<String> statusChanges(String lot) {
        return ledger.dossier(lot).history().stream().filter(e -> e.type() == EntryType.STATUS_CHANGE)
                .map(Entry::change).map(c -> c.oldValue() + ">" + c.newValue()).toList();
    }

    /**
     * Holds the item's lock in a transaction of its own until every client waits for it, each having checked its
     * decision against the status it read; then lets them go and answers what each got, in order.
     */
    private List<MvcTestResult> whileTheItemIsLocked(Item item, List<Callable<MvcTestResult>> clients)
            throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size() + 1);
        try {
            Future<?> holding = pool.submit(() -> transaction.executeWithoutResult(status -> {
                available.lockAndRead(List.of(item.id()));
                locked.countDown();
                Waiting.until(goOn);
            }));
            Waiting.until(locked);
            List<Future<MvcTestResult>> waiting = new ArrayList<>();
            clients.forEach(client -> waiting.add(pool.submit(client)));
            Waiting.untilTransactionsWaitForALock(jdbc, clients.size());
            goOn.countDown();
            holding.get(60, TimeUnit.SECONDS);
            List<MvcTestResult> answers = new ArrayList<>();
            for (Future<MvcTestResult> answer : waiting) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            goOn.countDown();
            pool.shutdownNow();
        }
    }
}
