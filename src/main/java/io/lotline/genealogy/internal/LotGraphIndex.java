package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory traversal. Loaded from the edges table when the application is ready (traces use the SQL path
 * until then), and extended after each commit that adds edges. It serves one application instance: with several
 * instances writing to one database, set {@code lotline.trace.engine=sql}.
 */
@Component
class LotGraphIndex implements Traversal {
    private static final Logger log = LoggerFactory.getLogger(LotGraphIndex.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private LotGraph graph = new LotGraph();
    private volatile boolean ready;

    LotGraphIndex(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    boolean isReady() {
        return ready;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        reload();
    }

    /** Rebuilds the index from the database, e.g. after a bulk load that bypassed the application. */
    void reload() {
        ready = false;
        long started = System.nanoTime();
        LotGraph loaded = new LotGraph();
        lock.writeLock().lock();
        try {
            transaction.executeWithoutResult(status -> jdbc
                    .sql("select parent_lot_id, child_lot_id, drawn_at, entered_at from genealogy_edges order by id")
                    .withFetchSize(10_000)
                    .query(rs -> {
                        loaded.add(rs.getLong(1), rs.getLong(2),
                                TimedWalk.micros(rs.getObject(3, OffsetDateTime.class), TimedWalk.EVERYTHING),
                                TimedWalk.micros(rs.getObject(4, OffsetDateTime.class), TimedWalk.FROM_THE_START));
                    }));
            graph = loaded;
            ready = true;
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Genealogy index loaded: {} edges in {} ms", loaded.edges(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Adds edges that have just been committed: parent, child, draw and entry time as in {@link TimedWalk}. */
    void added(List<long[]> edges) {
        lock.writeLock().lock();
        try {
            edges.forEach(edge -> graph.add(edge[0], edge[1], edge[2], edge[3]));
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long[] reach(Collection<Long> roots, Direction direction, Integer maxDepth) {
        return walk(roots, direction, maxDepth).lots();
    }

    Walk walk(Collection<Long> roots, Direction direction, Integer maxDepth) {
        lock.readLock().lock();
        try {
            return graph.walk(roots, direction == Direction.FORWARD, maxDepth);
        } finally {
            lock.readLock().unlock();
        }
    }
}
