package io.lotline.recall;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Place;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.Waiting;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A recall confirmation blocks many lots in one transaction while the floor keeps booking. It takes the turns of all
 * its items before it books the first block, so it never holds the ledger while it waits for a booking on the floor
 * that needs the ledger next.
 */
class RecallConcurrencyIT extends IntegrationTest {
    @Autowired
    Movements movements;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_recall_confirmed_while_a_transfer_of_one_of_its_items_is_under_way_waits_for_it_and_both_are_booked()
            throws Exception {
        // Once with the transfer in the way of each of the two lots, so that one run has it in the way of the lot
        // the recall blocks second, after it has booked the first block.
        for (int inTheWay = 0; inTheWay < 2; inTheWay++) {
            Floor.Site site = floor.aSite();
            List<Item> items = List.of(floor.anItem().register(), floor.anItem().register());
            List<String> lots = List.of(floor.receive(site, items.get(0), "100", site.rack(), null),
                    floor.receive(site, items.get(1), "100", site.rack(), null));
            String recall = read(as("quality").post("/api/v1/recalls", """
                    {"reason": "Foreign body", "scope": {"lots": ["%s", "%s"]}}""".formatted(lots.get(0),
                    lots.get(1))), "$.code");

            Outcome both = confirmedWhileTransferring(recall, items.get(inTheWay), lots.get(inTheWay), site);

            assertThat(both.transfer().entries()).hasSize(1);
            assertThat(both.confirmation()).hasStatus(201);
            for (String lot : lots) {
                assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status"))
                        .isEqualTo("RECALLED");
            }
        }
    }

    private record Outcome(Booking transfer, MvcTestResult confirmation) {
    }

    /**
     * A transfer takes the item's turn and holds its transaction open until the recall's confirmation, started
     * meanwhile, waits for a lock; then the transfer books and both finish.
     */
    private Outcome confirmedWhileTransferring(String recall, Item item, String lot, Floor.Site site)
            throws Exception {
        CountDownLatch turnTaken = new CountDownLatch(1);
        CountDownLatch book = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<Booking> transfer = clients.submit(() -> transaction.execute(status -> {
                movements.holdOffReservations(List.of(item.id()));
                turnTaken.countDown();
                Waiting.until(book);
                return movements.transfer(new BookingContext(UUID.randomUUID().toString(), null),
                        new TransferStock(lot, Quantity.of("10", "KG"), new Place(site.rack(), null),
                                new Place(site.dock(), null), List.of(), null, null));
            }));
            Waiting.until(turnTaken);
            Future<MvcTestResult> confirmation = clients.submit(() -> as("quality")
                    .post("/api/v1/recalls/" + recall + "/confirmation", "{}"));
            Waiting.untilATransactionWaitsForALock(jdbc);
            book.countDown();
            return new Outcome(transfer.get(60, TimeUnit.SECONDS), confirmation.get(60, TimeUnit.SECONDS));
        } finally {
            book.countDown();
            clients.shutdownNow();
        }
    }
}
