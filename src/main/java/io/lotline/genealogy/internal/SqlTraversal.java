package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.shared.SqlResource;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference traversal: one recursive query per trace. It carries only the lot id and unions the results, so a
 * lot reached by a thousand paths is visited once. With a depth limit it carries the depth too and stops there.
 */
@Component
class SqlTraversal implements Traversal {
    private static final String FORWARD = SqlResource.load(SqlTraversal.class, "forward.sql");
    private static final String REVERSE = SqlResource.load(SqlTraversal.class, "reverse.sql");
    private static final String FORWARD_LIMITED = SqlResource.load(SqlTraversal.class, "forward-limited.sql");
    private static final String REVERSE_LIMITED = SqlResource.load(SqlTraversal.class, "reverse-limited.sql");

    private final JdbcClient jdbc;

    SqlTraversal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long[] reach(Collection<Long> roots, Direction direction, Integer maxDepth) {
        String sql = maxDepth == null
                ? (direction == Direction.FORWARD ? FORWARD : REVERSE)
                : (direction == Direction.FORWARD ? FORWARD_LIMITED : REVERSE_LIMITED);
        var statement = jdbc.sql(sql).param("roots", roots.toArray(Long[]::new));
        if (maxDepth != null) {
            statement = statement.param("maxDepth", maxDepth);
        }
        return statement.query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
