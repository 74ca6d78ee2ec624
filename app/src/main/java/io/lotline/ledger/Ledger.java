package io.lotline.ledger;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The only writer of stock, and the source of every lot's history. */
public interface Ledger {

    /**
     * Checks and appends postings in the caller's transaction: balances move, serials move, statuses and attributes
     * are applied, entries are hash-chained. Any refusal leaves nothing behind. It takes the locks it needs itself
     * (ADR 49): the items it takes stock of out of a place or changes a lot's status of, then the balances, then the
     * chain head. A transaction books all of that in its first such posting list; what it posts after may take
     * stock only of items that posting locked, since it holds the chain head from then on. A status change is asked
     * again under its item's lock and booked from the status the lot has then, or refused with
     * {@link StatusChangedMeanwhile} (ADR 66).
     */
    Booking post(List<Posting> postings);

    /**
     * Records, in the caller's transaction, the owner (consignee) of the goods a booking shipped where they go to
     * someone on the owner's behalf (EU 931/2011 art. 3): kept with each of its shipment entries, never changed.
     */
    void consignedTo(Booking shipment, long consigneeId);

    Entry entry(long id);

    List<Entry> history(long lotId);

    /** The entries one command booked (a receipt's id is its command's), in booking order. */
    List<Entry> ofCommand(String commandId);

    /**
     * The entries booked against a production order, split or merge that stand, in booking order: a consumption or
     * output reversed since is not among them (its reversal carries no order), so an order's view, its yield and what
     * a later output links to count only what was really used and made.
     */
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
