package io.lotline.ledger.internal;

import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.cache.LedgerAdvanced;
import io.lotline.ledger.cache.LedgerWatermark;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ledger watermark of this instance: the sequence up to which every cache has invalidated what the ledger
 * committed. Entries are sequenced under the chain head's lock and commit in that order, so when the head shows
 * sequence n, every entry up to n is committed and readable; the entries between the watermark and n are read once,
 * their lots and items announced, and the watermark moved. It starts at the head when the application starts, when
 * its caches are empty.
 */
@Component
class FollowedLedger implements LedgerWatermark {
    /** Beyond this many entries behind, the caches forget everything instead of being told every lot. */
    static final int MOST_NAMED = 20_000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Object catchingUp = new Object();
    private volatile long seen;

    FollowedLedger(JdbcClient jdbc, ApplicationEventPublisher events, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.events = events;
        this.seen = head();
        Gauge.builder("lotline.ledger.watermark", this, followed -> followed.seen)
                .description("Sequence of the newest ledger entry this instance's caches have followed")
                .register(meters);
    }

    @Override
    public long check() {
        if (registered(Booked.class) || registered(Checked.class)) {
            return seen;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new Checked());
        }
        long head = head();
        if (head <= seen) {
            return head;
        }
        synchronized (catchingUp) {
            long after = seen;
            if (head > after) {
                events.publishEvent(head - after > MOST_NAMED
                        ? new LedgerAdvanced(after, head, Set.of(), Set.of(), true)
                        : between(after, head));
                seen = head;
            }
        }
        return head;
    }

    /** Marks a transaction that booked: it reads its own uncommitted head, which must not move the watermark. */
    @EventListener
    void on(EntriesBooked booked) {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !registered(Booked.class)) {
            TransactionSynchronizationManager.registerSynchronization(new Booked());
        }
    }

    private LedgerAdvanced between(long after, long upTo) {
        Set<Long> lots = new HashSet<>();
        Set<Long> items = new HashSet<>();
        jdbc.sql("select lot_id, item_id from ledger_entries where seq > ? and seq <= ?").params(after, upTo)
                .query(rs -> {
                    lots.add(rs.getLong(1));
                    items.add(rs.getLong(2));
                });
        return new LedgerAdvanced(after, upTo, lots, items, false);
    }

    private long head() {
        return jdbc.sql("select seq from ledger_chain where id = 1").query(Long.class).single();
    }

    private static boolean registered(Class<? extends TransactionSynchronization> kind) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(kind::isInstance);
    }

    /** The transaction has booked entries. */
    private static final class Booked implements TransactionSynchronization {
    }

    /**
     * The transaction has checked already: what it reads later is at least as new as that check, and a trace does not
     * pay for one check per cache it reads.
     */
    private static final class Checked implements TransactionSynchronization {
    }
}
