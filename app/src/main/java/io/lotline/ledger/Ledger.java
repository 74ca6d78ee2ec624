package io.lotline.ledger;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The only writer of stock, and the source of every lot's history. */
public interface Ledger {

    /**
     * Checks and appends postings in the caller's transaction: balances move, serials move, statuses and attributes
     * are applied, entries are hash-chained. Any refusal leaves nothing behind.
     */
    Booking post(List<Posting> postings);

    /**
     * Waits for whoever is reserving stock of the items now ({@link Reservations}) and keeps new reservations of them
     * off until the transaction ends. A booking that takes stock out of a place or changes a lot's status does this
     * for its own items; a transaction that makes several such bookings does it for all their items first, so that it
     * never waits for a reservation while holding the ledger.
     */
    void holdOffReservations(Collection<Long> itemIds);

    /**
     * Records, in the caller's transaction, the owner (consignee) of the goods a booking shipped where they go to
     * someone on the owner's behalf (EU 931/2011 art. 3): kept with each of its shipment entries, never changed.
     */
    void consignedTo(Booking shipment, long consigneeId);

    Entry entry(long id);

    List<Entry> history(long lotId);

    /** The entries booked against a production order, split or merge, in booking order. */
    List<Entry> ofProductionOrder(String productionOrder);

    List<Balance> balances(long lotId);

    /** What lies on the pallet now, lot by lot: what a scan of its SSCC or licence plate shows. */
    List<Balance> onPallet(String pallet);

    Page<Balance> stock(String location, String sku, PageRequest page);

    LotDossier dossier(String lotNumber);

    /**
     * Recomputes the whole audit chain and every balance, holds the chain against the checkpoints, and reports the
     * first entry and the balances that do not match.
     */
    ChainVerification verify();

    /** {@link #verify()}, telling {@code progress} how many entries are verified after every {@code every}. */
    ChainVerification verify(long every, LongConsumer progress);

    /** Walks every entry in chain order, as hashed, within the caller's transaction (for archive bundles). */
    void walkChain(Consumer<ChainLink> visitor);

    /** Where the chain stands now. */
    ChainPosition head();
}
