package io.lotline.support;

import io.lotline.catalog.Item;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Place;
import io.lotline.shared.Quantity;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transfer on the floor that has taken its item's allocation turn and holds its transaction open until a second
 * client, started meanwhile, waits for a lock; then the transfer books 10 KG from the rack to the dock and both
 * finish. Shows that a transaction blocking many lots never waits for the transfer in a circle.
 */
public final class TransferUnderWay {
    private final TransactionTemplate transaction;
    private final Movements movements;
    private final JdbcClient jdbc;

    public TransferUnderWay(TransactionTemplate transaction, Movements movements, JdbcClient jdbc) {
        this.transaction = transaction;
        this.movements = movements;
        this.jdbc = jdbc;
    }

    /** What the transfer booked, and what the second client got. */
    public record Outcome<T>(Booking transfer, T meanwhile) {
    }

    public <T> Outcome<T> whileTransferring(Floor.Site site, Item item, String lot, Callable<T> meanwhile)
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
            Future<T> other = clients.submit(meanwhile);
            Waiting.untilATransactionWaitsForALock(jdbc);
            book.countDown();
            return new Outcome<>(transfer.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
        } finally {
            book.countDown();
            clients.shutdownNow();
        }
    }
}
