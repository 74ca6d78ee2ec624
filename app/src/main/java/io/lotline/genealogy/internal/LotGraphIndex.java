package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.ledger.cache.LedgerAdvanced;
import io.lotline.ledger.cache.LedgerWatermark;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 * until then), extended after each commit of this instance that adds edges, and, before every walk, with the edges
 * that other instances on the database committed: the {@link LedgerWatermark} announces the entries committed since
 * it last looked ({@link LedgerAdvanced}), and every edge is written in the transaction that books its issue or its
 * output, so the edges of those entries are the new ones. The index knows the id of every edge it holds and adds
 * none twice. An edge withdrawn because its consumption or output was reversed (ADR 65) is taken out, or never added,
 * when {@link EdgeWithdrawals} says so.
 */
@Component
class LotGraphIndex implements Traversal {
    private static final Logger log = LoggerFactory.getLogger(LotGraphIndex.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LedgerWatermark watermark;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private LotGraph graph = new LotGraph();
    private BitSet held = new BitSet();
    private BitSet withdrawn = new BitSet();
    private volatile boolean ready;

    LotGraphIndex(JdbcClient jdbc, TransactionTemplate transaction, LedgerWatermark watermark) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.watermark = watermark;
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
        BitSet ids = new BitSet();
        BitSet out = new BitSet();
        lock.writeLock().lock();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("select edge_id from genealogy_withdrawn_edges")
                        .query(rs -> {
                            out.set(Math.toIntExact(rs.getLong(1)));
                        });
                jdbc.sql("select id, parent_lot_id, child_lot_id, drawn_at, entered_at from genealogy_edges order by id")
                        .withFetchSize(10_000)
                        .query(rs -> {
                            add(loaded, ids, out, rs);
                        });
            });
            graph = loaded;
            held = ids;
            withdrawn = out;
            ready = true;
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Genealogy index loaded: {} edges in {} ms", loaded.edges(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Adds edges that have just been committed: id, parent, child, draw and entry time as in {@link TimedWalk}; an
     * edge already held, or withdrawn, is skipped.
     */
    void added(List<long[]> edges) {
        lock.writeLock().lock();
        try {
            for (long[] edge : edges) {
                int id = Math.toIntExact(edge[0]);
                if (!held.get(id)) {
                    held.set(id);
                    if (!withdrawn.get(id)) {
                        graph.add(edge[1], edge[2], edge[3], edge[4]);
                    }
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Takes out edges that have just been withdrawn, given as in {@link #added}; an edge not added yet is never
     * added, and one withdrawn already is skipped.
     */
    void withdrawn(List<long[]> edges) {
        lock.writeLock().lock();
        try {
            for (long[] edge : edges) {
                int id = Math.toIntExact(edge[0]);
                if (!withdrawn.get(id)) {
                    withdrawn.set(id);
                    if (held.get(id)) {
                        graph.remove(edge[1], edge[2], edge[3], edge[4]);
                    }
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds the edges of the entries another instance committed, and any of this instance's not added yet; while the
     * index is being loaded, after the load (the lock waits for it), so an edge committed during the load is not lost.
     */
    @EventListener
    void on(LedgerAdvanced advanced) {
        if (advanced.everything()) {
            reload();
            return;
        }
        List<long[]> edges = new ArrayList<>();
        jdbc.sql("""
                        select g.id, g.parent_lot_id, g.child_lot_id, g.drawn_at, g.entered_at
                          from ledger_entries e join genealogy_edges g on g.output_entry_id = e.id
                         where e.seq > :after and e.seq <= :upTo
                        union
                        select g.id, g.parent_lot_id, g.child_lot_id, g.drawn_at, g.entered_at
                          from ledger_entries e join genealogy_edges g on g.issue_entry_id = e.id
                         where e.seq > :after and e.seq <= :upTo""")
                .param("after", advanced.after()).param("upTo", advanced.upTo())
                .query(rs -> {
                    edges.add(edge(rs));
                });
        edges.sort(Comparator.comparingLong(edge -> edge[0]));
        added(edges);
    }

    /** An edge read as id, parent, child, draw and entry time (the first five columns), as the index holds it. */
    static long[] edge(ResultSet rs) throws SQLException {
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                TimedWalk.micros(rs.getObject(4, OffsetDateTime.class), TimedWalk.EVERYTHING),
                TimedWalk.micros(rs.getObject(5, OffsetDateTime.class), TimedWalk.FROM_THE_START)};
    }

    private static void add(LotGraph graph, BitSet ids, BitSet withdrawn, ResultSet rs) throws SQLException {
        int id = Math.toIntExact(rs.getLong(1));
        ids.set(id);
        if (!withdrawn.get(id)) {
            graph.add(rs.getLong(2), rs.getLong(3),
                    TimedWalk.micros(rs.getObject(4, OffsetDateTime.class), TimedWalk.EVERYTHING),
                    TimedWalk.micros(rs.getObject(5, OffsetDateTime.class), TimedWalk.FROM_THE_START));
        }
    }

    @Override
    public long[] reach(Collection<Long> roots, Direction direction, Integer maxDepth) {
        return walk(roots, direction, maxDepth).lots();
    }

    Walk walk(Collection<Long> roots, Direction direction, Integer maxDepth) {
        watermark.check();
        lock.readLock().lock();
        try {
            return graph.walk(roots, direction == Direction.FORWARD, maxDepth);
        } finally {
            lock.readLock().unlock();
        }
    }
}
