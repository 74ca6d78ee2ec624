package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.shared.SqlResource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference traversal in the database. On PostgreSQL it is one recursive query per trace that carries only the
 * lot id and unions the results, so a lot reached by a thousand paths is expanded once. H2's recursive UNION does not
 * remove rows found in earlier iterations, which would follow every path of a commingled graph; there the walk is
 * one set-based query per level, with the lots already seen left out.
 */
@Component
class SqlTraversal implements Traversal {
    private static final String FORWARD = SqlResource.load(SqlTraversal.class, "forward.sql");
    private static final String REVERSE = SqlResource.load(SqlTraversal.class, "reverse.sql");
    private static final String FORWARD_LIMITED = SqlResource.load(SqlTraversal.class, "forward-limited.sql");
    private static final String REVERSE_LIMITED = SqlResource.load(SqlTraversal.class, "reverse-limited.sql");
    private static final String CHILDREN = """
            select distinct e.child_lot_id from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.parent_lot_id = v.id""";
    private static final String PARENTS = """
            select distinct e.parent_lot_id from unnest(cast(:ids as bigint array)) as v (id)
              join genealogy_edges e on e.child_lot_id = v.id""";

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
        return recursiveUnionDeduplicates ? recursive(roots, direction, maxDepth) : levels(roots, direction, maxDepth);
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

    private long[] levels(Collection<Long> roots, Direction direction, Integer maxDepth) {
        Set<Long> seen = new LinkedHashSet<>(roots);
        List<Long> frontier = new ArrayList<>(seen);
        for (int depth = 0; !frontier.isEmpty() && (maxDepth == null || depth < maxDepth); depth++) {
            List<Long> next = new ArrayList<>();
            for (Long lot : jdbc.sql(direction == Direction.FORWARD ? CHILDREN : PARENTS)
                    .param("ids", frontier.toArray(Long[]::new)).query(Long.class).list()) {
                if (seen.add(lot)) {
                    next.add(lot);
                }
            }
            frontier = next;
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether {@code lot} is made, in any number of steps, from {@code ancestor}, as this transaction sees it. */
    boolean isMadeFrom(long lot, long ancestor) {
        for (long reached : reach(List.of(ancestor), Direction.FORWARD, null)) {
            if (reached == lot) {
                return true;
            }
        }
        return false;
    }
}
