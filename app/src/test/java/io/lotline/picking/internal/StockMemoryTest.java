package io.lotline.picking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.lots.LotStatus;
import io.lotline.picking.domain.StockPosition;
import io.lotline.picking.internal.PickableStock.Held;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The memory of each item's stock is used only while it is known to agree with the database: what a transaction
 * keeps becomes current when it commits, anything changing the item hides it until that change has ended and then
 * forgets it, and what was read before a change is never kept after it.
 */
class StockMemoryTest {
    private static final long ITEM = 7;

    private final StockMemory memory = new StockMemory(new OneInstanceTurns(), () -> 0L, keeping(1000));
    private final Item item = item(ITEM);
    private int reads;

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void what_an_allocation_leaves_is_served_to_the_next_one_once_it_commits() {
        List<Held> after = places("40");

        transaction(() -> keep(read(), after), TransactionSynchronization.STATUS_COMMITTED);

        assertThat(read().places()).isEqualTo(after);
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void nothing_is_kept_before_the_commit_nor_when_the_commit_fails() {
        List<Held> before = new ArrayList<>();
        transaction(() -> {
            keep(read(), places("40"));
            before.addAll(read().places());
        }, TransactionSynchronization.STATUS_ROLLED_BACK);

        read();

        assertThat(before).isEqualTo(places("100"));
        assertThat(reads).isEqualTo(3);
    }

    @Test
    void a_change_under_way_sends_every_reader_to_the_database_until_it_ends_and_then_it_is_forgotten() {
        transaction(() -> keep(read(), places("40")), TransactionSynchronization.STATUS_COMMITTED);
        List<TransactionSynchronization> receipt = open(() -> memory.changing(List.of(ITEM)));

        assertThat(memory.current(ITEM)).isNull();
        end(receipt, TransactionSynchronization.STATUS_COMMITTED);

        assertThat(memory.current(ITEM)).isNull();
        assertThat(read().places()).isEqualTo(places("100"));
    }

    @Test
    void what_was_read_before_a_change_ended_is_not_kept_after_it() {
        List<TransactionSynchronization> receipt = open(() -> memory.changing(List.of(ITEM)));
        List<TransactionSynchronization> allocation = open(() -> keep(read(), places("40")));
        end(receipt, TransactionSynchronization.STATUS_COMMITTED);

        commit(allocation);

        assertThat(memory.current(ITEM)).isNull();
    }

    @Test
    void what_was_kept_while_a_change_is_still_under_way_is_not_used_and_is_forgotten_when_the_change_ends() {
        List<TransactionSynchronization> receipt = open(() -> memory.changing(List.of(ITEM)));
        List<TransactionSynchronization> allocation = open(() -> keep(read(), places("40")));

        commit(allocation);

        assertThat(memory.current(ITEM)).isNull();
        end(receipt, TransactionSynchronization.STATUS_COMMITTED);
        assertThat(memory.current(ITEM)).isNull();
    }

    @Test
    void what_a_transaction_keeps_is_not_used_between_its_commit_and_its_end_nor_after_a_failed_commit() {
        transaction(() -> keep(read(), places("40")), TransactionSynchronization.STATUS_COMMITTED);
        List<TransactionSynchronization> cancellation = open(() -> keep(memory.current(ITEM), places("100")));

        cancellation.forEach(synchronization -> synchronization.beforeCommit(false));
        StockMemory.Stock whileCommitting = memory.current(ITEM);
        end(cancellation, TransactionSynchronization.STATUS_UNKNOWN);

        assertThat(whileCommitting).isNull();
        assertThat(memory.current(ITEM)).isNull();
        assertThat(read().places()).isEqualTo(places("100"));
    }

    @Test
    void a_transaction_reads_what_it_keeps_from_the_database_and_keeps_nothing_of_an_item_it_keeps_twice() {
        List<StockMemory.Stock> secondRead = new ArrayList<>();
        transaction(() -> {
            keep(read(), places("40"));
            secondRead.add(read());
            keep(secondRead.get(0), places("10"));
        }, TransactionSynchronization.STATUS_COMMITTED);

        assertThat(reads).isEqualTo(2);
        assertThat(memory.current(ITEM)).isNull();
    }

    @Test
    void with_no_room_nothing_is_kept() {
        StockMemory none = new StockMemory(new OneInstanceTurns(), () -> 0L, keeping(0));

        transaction(() -> none.keepOnCommit(none.stockOf(List.of(item), this::database).get(ITEM), ITEM,
                places("40")), TransactionSynchronization.STATUS_COMMITTED);

        assertThat(none.current(ITEM)).isNull();
    }

    private StockMemory.Stock read() {
        return memory.stockOf(List.of(item), this::database).get(ITEM);
    }

    private void keep(StockMemory.Stock basedOn, List<Held> after) {
        memory.keepOnCommit(basedOn, ITEM, after);
    }

    private Map<Long, List<Held>> database(Collection<Item> items) {
        reads++;
        return Map.of(ITEM, places("100"));
    }

    /** Runs {@code work} in a transaction of its own and ends it with the status, as Spring would. */
    private static void transaction(Runnable work, int status) {
        List<TransactionSynchronization> registered = open(work);
        if (status == TransactionSynchronization.STATUS_COMMITTED) {
            commit(registered);
        } else {
            end(registered, status);
        }
    }

    /** Runs {@code work} as a transaction that stays open, and returns what it registered to be told at its end. */
    private static List<TransactionSynchronization> open(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            return TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void commit(List<TransactionSynchronization> registered) {
        registered.forEach(synchronization -> synchronization.beforeCommit(false));
        end(registered, TransactionSynchronization.STATUS_COMMITTED);
    }

    private static void end(List<TransactionSynchronization> registered, int status) {
        registered.forEach(synchronization -> synchronization.afterCompletion(status));
    }

    private static List<Held> places(String free) {
        Quantity onHand = Quantity.of("100", "KG");
        StockPosition position = new StockPosition(1, "L-1", LotStatus.RELEASED, LocalDate.of(2027, 1, 1),
                Instant.parse("2026-11-01T08:00:00Z"), LocalDate.of(2026, 11, 1), 2, "RACK-1", true, 0, null,
                onHand, onHand, null);
        return List.of(new Held(position, BigDecimal.ZERO).reserving(new BigDecimal("100").subtract(
                new BigDecimal(free))));
    }

    private static Item item(long id) {
        return new Item(id, "FLOUR", null, "Flour", UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, null, null,
                PickingStrategy.FEFO, null, null, InitialLotStatus.RELEASED, null, "FLOUR");
    }

    /** Turns as one instance alone sees them: a transaction holds every turn, and moves the version of what it changed. */
    static final class OneInstanceTurns extends AllocationTurns {
        private final Map<Long, Long> versions = new HashMap<>();

        OneInstanceTurns() {
            super(null, null);
        }

        @Override
        Long version(long itemId) {
            return versions.getOrDefault(itemId, 0L);
        }

        @Override
        Set<Long> advance(Collection<Long> itemIds) {
            itemIds.forEach(item -> versions.merge(item, 1L, Long::sum));
            return Set.copyOf(itemIds);
        }
    }

    private static PickingProperties keeping(long places) {
        return new PickingProperties(new PickingProperties.LotsKept(100_000), new PickingProperties.PlacesKept(places));
    }
}
