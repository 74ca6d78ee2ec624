package io.lotline.support;

import io.lotline.catalog.Item;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.TransferStock;
import io.lotline.ledger.Place;
import io.lotline.shared.Quantity;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transfer on the floor that has locked its item in the ledger and holds its transaction open until a second
 * client, started meanwhile, waits for a lock; then the transfer books 10 KG from the rack to the dock and both
 * finish. Shows that a transaction blocking many lots never waits for the transfer in a circle.
 */
public final class TransferUnderWay {
    private final TransactionTemplate transaction;
    private final AvailableStock available;
    private final Movements movements;
    private final JdbcClient jdbc;

    public TransferUnderWay(TransactionTemplate transaction, AvailableStock available, Movements movements,
                            JdbcClient jdbc) {
        this.transaction = transaction;
        this.available = available;
        this.movements = movements;
        this.jdbc = jdbc;
    }

    /** What the transfer booked, and what the second client got. */
    public record Outcome<T>(Booking transfer, T meanwhile) {
    }

    public <T> Outcome<T> whileTransferring(Floor.Site site, Item item, String lot, Callable<T> meanwhile)
            throws Exception {
        Waiting.Both<Booking, T> both = Waiting.whileHeldOpen(transaction, jdbc, holdOpen -> {
            available.lockAndRead(List.of(item.id()));
            holdOpen.run();
            return movements.transfer(new BookingContext(UUID.randomUUID().toString(), null),
                    new TransferStock(lot, Quantity.of("10", "KG"), new Place(site.rack(), null),
                            new Place(site.dock(), null), List.of(), null, null));
        }, meanwhile);
        return new Outcome<>(both.first(), both.second());
    }
}
