package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.ledger.StockAtPlace;
import io.lotline.lots.LotStatus;
import java.math.BigDecimal;
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
 * The cache of each item's stock is used only while it is known to agree with the database: what a transaction
 * keeps becomes current when it commits, anything changing the item hides it until that change has ended and then
 * forgets it, and what was read before a change is never kept after it.
 */
class StockCacheTest {
    private static final long ITEM = 7;

    private final StockCache memory = new StockCache(new OneInstanceLocks(), () -> 0L, keeping(1000));
    private int reads;

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void what_an_allocation_leaves_is_served_to_the_next_one_once_it_commits() {
        List<StockAtPlace> after = places("40");

        transaction(() -> keep(read(), after), TransactionSynchronization.STATUS_COMMITTED);

        assertThat(read().places()).isEqualTo(after);
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void nothing_is_kept_before_the_commit_nor_when_the_commit_fails() {
        List<StockAtPlace> before = new ArrayList<>();
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
        StockCache.Stock whileCommitting = memory.current(ITEM);
        end(cancellation, TransactionSynchronization.STATUS_UNKNOWN);

        assertThat(whileCommitting).isNull();
        assertThat(memory.current(ITEM)).isNull();
        assertThat(read().places()).isEqualTo(places("100"));
    }

    @Test
    void a_transaction_reads_what_it_keeps_from_the_database_and_keeps_nothing_of_an_item_it_keeps_twice() {
        List<StockCache.Stock> secondRead = new ArrayList<>();
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
        StockCache none = new StockCache(new OneInstanceLocks(), () -> 0L, keeping(0));

        transaction(() -> none.keepOnCommit(none.stockOf(List.of(ITEM), this::database).get(ITEM), ITEM,
                places("40")), TransactionSynchronization.STATUS_COMMITTED);

        assertThat(none.current(ITEM)).isNull();
    }

    private StockCache.Stock read() {
        return memory.stockOf(List.of(ITEM), this::database).get(ITEM);
    }

    private void keep(StockCache.Stock basedOn, List<StockAtPlace> after) {
        memory.keepOnCommit(basedOn, ITEM, after);
    }

    private Map<Long, List<StockAtPlace>> database(Collection<Long> items) {
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

    private static List<StockAtPlace> places(String free) {
        return List.of(new StockAtPlace(1, LotStatus.RELEASED, null, LocalDate.of(2027, 1, 1), 2, "RACK-1", true, 0,
                null, new BigDecimal("100"), new BigDecimal("100").subtract(new BigDecimal(free))));
    }

    /** Locks as one instance alone sees them: a transaction holds every lock, and moves the version of what it changed. */
    static final class OneInstanceLocks extends ItemLocks {
        private final Map<Long, Long> versions = new HashMap<>();

        OneInstanceLocks() {
            super(null);
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

    private static StockCacheProperties keeping(long places) {
        return new StockCacheProperties(places);
    }
}
