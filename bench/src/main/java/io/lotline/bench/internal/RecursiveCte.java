package io.lotline.bench.internal;

import io.lotline.genealogy.Direction;
import io.lotline.shared.SqlResource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The yardstick for traces: one recursive CTE over {@code genealogy_edges} carrying only the lot id, run on the same
 * roots as Lotline's traces in the same run. It reaches the same lots a trace reaches and reads nothing else about
 * them (no shipments, no stock), so it is the least a database can do to answer where a lot went. Only on PostgreSQL:
 * H2's recursive UNION does not remove rows found in earlier iterations, so there it follows every path of a
 * commingled graph (seconds per root on the tiny network) and is no yardstick.
 */
@Component
class RecursiveCte {
    private static final String FORWARD = SqlResource.load(RecursiveCte.class, "reach-forward.sql");
    private static final String REVERSE = SqlResource.load(RecursiveCte.class, "reach-reverse.sql");

    private final JdbcClient jdbc;
    private final DatabaseFacts database;

    RecursiveCte(JdbcClient jdbc, DatabaseFacts database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    boolean available() {
        return database.isPostgres();
    }

    /** Per root, one after the other: milliseconds and the lots reached. */
    TraceRuns.Runs reach(Direction direction, List<String> roots) {
        double[] millis = new double[roots.size()];
        int[] lots = new int[roots.size()];
        for (int n = 0; n < roots.size(); n++) {
            long started = System.nanoTime();
            lots[n] = jdbc.sql(direction == Direction.FORWARD ? FORWARD : REVERSE).param("root", roots.get(n))
                    .query(Integer.class).single();
            millis[n] = (System.nanoTime() - started) / 1e6;
        }
        return new TraceRuns.Runs(roots.size(), millis, lots, new int[roots.size()]);
    }
}
