package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.genealogy.Trace;
import io.lotline.shared.UnitOfMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LotFactsCacheTest {
    private final Database database = new Database();
    private final LotFactsCache cache = new LotFactsCache(database, () -> 0L,
            new TraceProperties("index", new TraceProperties.Cache(1000)));

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void facts_once_read_are_answered_from_memory() {
        database.status.put(1L, "RELEASED");
        cache.facts(new long[] {1});
        cache.facts(new long[] {1});

        assertThat(database.reads).containsExactly(List.of(1L));
    }

    @Test
    void only_the_lots_not_in_memory_are_read() {
        database.status.put(1L, "RELEASED");
        database.status.put(2L, "RELEASED");
        cache.facts(new long[] {1});
        LotFacts[] facts = cache.facts(new long[] {1, 2});

        assertThat(database.reads).containsExactly(List.of(1L), List.of(2L));
        assertThat(facts).extracting(LotFacts::id).containsExactly(1L, 2L);
    }

    @Test
    void a_dropped_lot_is_read_again_with_what_the_database_says_now() {
        database.status.put(1L, "RELEASED");
        cache.facts(new long[] {1});
        database.status.put(1L, "RECALLED");
        cache.invalidate(List.of(1L));

        assertThat(cache.facts(new long[] {1})[0].status()).isEqualTo("RECALLED");
    }

    @Test
    void facts_read_before_a_commit_are_not_kept_after_that_commit_dropped_the_lot() {
        database.status.put(1L, "RELEASED");
        database.duringRead = ids -> {
            database.status.put(1L, "RECALLED");
            cache.invalidate(List.of(1L));
        };
        assertThat(cache.facts(new long[] {1})[0].status()).as("what the read saw").isEqualTo("RELEASED");
        database.duringRead = ids -> { };

        assertThat(cache.facts(new long[] {1})[0].status()).isEqualTo("RECALLED");
        assertThat(database.reads).hasSize(2);
    }

    @Test
    void a_drop_of_another_lot_during_a_read_does_not_stop_the_read_lots_being_kept() {
        database.status.put(1L, "RELEASED");
        database.duringRead = ids -> cache.invalidate(List.of(7L));
        cache.facts(new long[] {1});
        cache.facts(new long[] {1});

        assertThat(database.reads).hasSize(1);
    }

    @Test
    void a_transaction_that_booked_reads_past_memory_keeps_nothing_and_drops_its_lots_when_it_ends() {
        database.status.put(1L, "RELEASED");
        database.status.put(2L, "RELEASED");
        cache.facts(new long[] {1, 2});
        TransactionSynchronizationManager.initSynchronization();
        cache.invalidateWhenTransactionEnds(List.of(1L));
        database.status.put(1L, "ON_HOLD");

        assertThat(cache.facts(new long[] {1, 2})).extracting(LotFacts::status).containsExactly("ON_HOLD", "RELEASED");
        List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        database.status.put(1L, "RELEASED");
        registered.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(cache.facts(new long[] {1})[0].status()).as("rolled back").isEqualTo("RELEASED");
        assertThat(cache.facts(new long[] {2})[0].status()).isEqualTo("RELEASED");
        assertThat(database.reads).containsExactly(List.of(1L, 2L), List.of(1L, 2L), List.of(1L));
    }

    @Test
    void a_read_that_straddles_a_clear_keeps_nothing() {
        database.status.put(1L, "RELEASED");
        database.duringRead = ids -> cache.clear();
        cache.facts(new long[] {1});
        database.duringRead = ids -> { };
        cache.facts(new long[] {1});

        assertThat(database.reads).hasSize(2);
    }

    @Test
    void with_the_sql_engine_every_trace_reads_the_database() {
        LotFactsCache uncached = new LotFactsCache(database, () -> 0L,
                new TraceProperties("sql", new TraceProperties.Cache(1000)));
        database.status.put(1L, "RELEASED");
        uncached.facts(new long[] {1});
        uncached.facts(new long[] {1});

        assertThat(database.reads).hasSize(2);
    }

    @Test
    void an_id_that_is_not_a_lot_has_no_facts() {
        assertThat(cache.facts(new long[] {99})).containsExactly((LotFacts) null);
    }

    @Test
    void entry_totals_are_read_only_when_asked_for_then_kept_until_a_booking_drops_the_lot() {
        database.status.put(1L, "RELEASED");
        cache.facts(new long[] {1});
        assertThat(database.totalReads).isEmpty();

        cache.totals(new long[] {1});
        cache.totals(new long[] {1});
        assertThat(database.totalReads).containsExactly(List.of(1L));

        cache.invalidate(List.of(1L));
        cache.totals(new long[] {1});
        assertThat(database.totalReads).containsExactly(List.of(1L), List.of(1L));
    }

    /** Lot statuses by id, and a record of which ids each read asked for. */
    private static final class Database extends LotFactsReader {
        final Map<Long, String> status = new HashMap<>();
        final List<List<Long>> reads = new ArrayList<>();
        final List<List<Long>> totalReads = new ArrayList<>();
        Consumer<List<Long>> duringRead = ids -> { };

        Database() {
            super(null);
        }

        @Override
        Map<Long, LotFacts> read(List<Long> ids) {
            reads.add(List.copyOf(ids));
            Map<Long, LotFacts> facts = new HashMap<>();
            for (Long id : ids) {
                if (status.containsKey(id)) {
                    facts.put(id, new LotFacts(id, "L" + id, "SKU", UnitOfMeasure.of("KG"), "Item", status.get(id), "RECEIVED",
                            null, LocalDate.of(2027, 1, 1), null, new long[0], new Trace.Edge[0], new long[0], new long[0],
                            new long[0], new Trace.Share[0], null, List.of(), List.of(), List.of()));
                }
            }
            duringRead.accept(ids);
            return facts;
        }

        @Override
        Map<Long, EntryTotals> totals(List<Long> ids) {
            totalReads.add(List.copyOf(ids));
            Map<Long, EntryTotals> totals = new HashMap<>();
            ids.forEach(id -> totals.put(id, EntryTotals.NONE));
            return totals;
        }
    }
}
