package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.shared.SqlResource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference traversal in the database, in business time (ADR 16). On PostgreSQL it is one recursive query per
 * trace that carries the lot id and its time and unions the results, so a lot reached by a thousand paths is expanded
 * once per time it is reached with. H2's recursive UNION does not remove rows found in earlier iterations, which
 * would follow every path of a commingled graph; there the walk is {@link TimedWalk} reading the edges of each level
 * in one set-based query. Both leave out the edges withdrawn because their consumption or output was reversed
 * (ADR 65).
 */
@Component
class SqlTraversal implements Traversal {
    private static final String FORWARD = SqlResource.load(SqlTraversal.class, "forward.sql");
    private static final String REVERSE = SqlResource.load(SqlTraversal.class, "reverse.sql");
    private static final String FORWARD_LIMITED = SqlResource.load(SqlTraversal.class, "forward-limited.sql");
    private static final String REVERSE_LIMITED = SqlResource.load(SqlTraversal.class, "reverse-limited.sql");
    private static final String DESCENDANTS = SqlResource.load(SqlTraversal.class, "descendants.sql");
    private static final String OUT_OF = """
            select e.parent_lot_id, e.child_lot_id, e.drawn_at, e.entered_at
              from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.parent_lot_id = v.id
             where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
             order by e.parent_lot_id""";
    private static final String INTO = """
            select e.child_lot_id, e.parent_lot_id, e.drawn_at, e.entered_at
              from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.child_lot_id = v.id
             where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)
             order by e.child_lot_id""";
    private static final String POURED_IN = """
            select e.child_lot_id, e.entered_at
              from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.child_lot_id = v.id and e.entered_at is not null
             where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)""";
    private static final String CHILDREN = """
            select distinct e.child_lot_id from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.parent_lot_id = v.id
             where e.id not in (select w.edge_id from genealogy_withdrawn_edges w)""";

    private final JdbcClient jdbc;
    private final boolean recursiveUnionDeduplicates;

    SqlTraversal(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.recursiveUnionDeduplicates = connection.getMetaData().getDatabaseProductName()
                    .toLowerCase().contains("postgres");
        }
    }

    @Override
    public long[] reach(Collection<Long> roots, Direction direction, Integer maxDepth) {
        return walk(roots, direction, maxDepth).lots();
    }

    /** The lots reached; on H2 also their depths and times, on PostgreSQL the lots alone. */
    Walk walk(Collection<Long> roots, Direction direction, Integer maxDepth) {
        return recursiveUnionDeduplicates ? Walk.lotsOnly(recursive(roots, direction, maxDepth))
                : TimedWalk.walk(new Levels(), roots, direction == Direction.FORWARD, maxDepth);
    }

    private long[] recursive(Collection<Long> roots, Direction direction, Integer maxDepth) {
        String sql = maxDepth == null
                ? (direction == Direction.FORWARD ? FORWARD : REVERSE)
                : (direction == Direction.FORWARD ? FORWARD_LIMITED : REVERSE_LIMITED);
        var statement = jdbc.sql(sql).param("roots", roots.toArray(Long[]::new));
        if (maxDepth != null) {
            statement = statement.param("maxDepth", maxDepth);
        }
        return statement.query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether {@code lot} is made, in any number of steps and whenever, from {@code ancestor}, as this transaction sees it. */
    boolean isMadeFrom(long lot, long ancestor) {
        Collection<Long> descendants = recursiveUnionDeduplicates
                ? jdbc.sql(DESCENDANTS).param("roots", new Long[] {ancestor}).query(Long.class).list()
                : descendantsByLevel(ancestor);
        return descendants.contains(lot);
    }

    private Set<Long> descendantsByLevel(long ancestor) {
        Set<Long> seen = new LinkedHashSet<>(List.of(ancestor));
        List<Long> frontier = new ArrayList<>(seen);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long lot : jdbc.sql(CHILDREN).param("ids", frontier.toArray(Long[]::new)).query(Long.class).list()) {
                if (seen.add(lot)) {
                    next.add(lot);
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** The graph read one level at a time: the edges of the lots of a level, and the times inputs were poured in. */
    private final class Levels implements TimedWalk.Adjacency {
        private final Map<Long, long[]> pouredIn = new HashMap<>();

        @Override
        public void edges(long[] lots, int count, boolean forward, TimedWalk.EdgeVisitor visitor) {
            jdbc.sql(forward ? OUT_OF : INTO).param("ids", boxed(lots, count)).query(rs -> {
                visitor.edge(rs.getLong(1), rs.getLong(2),
                        TimedWalk.micros(rs.getObject(3, OffsetDateTime.class), TimedWalk.EVERYTHING),
                        TimedWalk.micros(rs.getObject(4, OffsetDateTime.class), TimedWalk.FROM_THE_START));
            });
        }

        @Override
        public boolean readsAhead() {
            return true;
        }

        @Override
        public void prepare(long[] lots, int count) {
            Set<Long> unknown = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                if (!pouredIn.containsKey(lots[i])) {
                    unknown.add(lots[i]);
                }
            }
            if (unknown.isEmpty()) {
                return;
            }
            Map<Long, List<Long>> times = new HashMap<>();
            jdbc.sql(POURED_IN).param("ids", unknown.toArray(Long[]::new)).query(rs -> {
                times.computeIfAbsent(rs.getLong(1), lot -> new ArrayList<>())
                        .add(TimedWalk.micros(rs.getObject(2, OffsetDateTime.class).toInstant()));
            });
            for (Long lot : unknown) {
                List<Long> entered = times.get(lot);
                pouredIn.put(lot, entered == null ? null : entered.stream().mapToLong(Long::longValue).toArray());
            }
        }

        @Override
        public long[] pouredIn(long lot) {
            return pouredIn.get(lot);
        }

        private static Long[] boxed(long[] lots, int count) {
            return Arrays.stream(lots, 0, count).boxed().toArray(Long[]::new);
        }
    }
}
