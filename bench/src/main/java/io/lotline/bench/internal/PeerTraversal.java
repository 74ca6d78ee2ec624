package io.lotline.bench.internal;

import io.lotline.genealogy.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trace done the way peer systems build their traceability reports: level by level, one query per lot for its
 * children (or parents), with a set of lots already visited so each is expanded once. The benchmark's yardstick.
 */
@Component
class PeerTraversal {
    private static final String CHILDREN = "select child_lot_id from genealogy_edges where parent_lot_id = ?";
    private static final String PARENTS = "select parent_lot_id from genealogy_edges where child_lot_id = ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PeerTraversal(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The root and every lot reached from it, in the order visited. */
    Set<Long> reach(long root, Direction direction) {
        String next = direction == Direction.FORWARD ? CHILDREN : PARENTS;
        return transaction.execute(status -> {
            Set<Long> visited = new LinkedHashSet<>(List.of(root));
            List<Long> level = List.of(root);
            while (!level.isEmpty()) {
                List<Long> found = new ArrayList<>();
                for (long lot : level) {
                    for (long other : jdbc.sql(next).param(lot).query(Long.class).list()) {
                        if (visited.add(other)) {
                            found.add(other);
                        }
                    }
                }
                level = found;
            }
            return visited;
        });
    }
}
