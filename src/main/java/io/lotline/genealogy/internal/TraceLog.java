package io.lotline.genealogy.internal;

import io.lotline.genealogy.TraceRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who traced which lots, when, and what it reached. Written in a transaction of its own, so that a trace made inside
 * a read-only report, or by a request that later fails, is still on record. On PostgreSQL that transaction commits
 * without waiting for the disk ({@code synchronous_commit off}): a trace then costs no disk flush, and a server
 * crash can lose at most the records of the last fraction of a second, never write half a record (ADR 6).
 */
@Component
class TraceLog {
    private final JdbcClient jdbc;
    private final boolean postgres;

    TraceLog(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, Instant at, TraceRequest request, int reached, double elapsedMillis) {
        if (postgres) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
        String roots = String.join(",", request.lotNumbers());
        jdbc.sql("""
                        insert into trace_requests (actor, requested_at, direction, roots, max_depth, lots_reached,
                                                    elapsed_ms)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(actor, at.atOffset(ZoneOffset.UTC), request.direction().name(),
                        roots.length() > 4000 ? roots.substring(0, 3997) + "..." : roots, request.maxDepth(), reached,
                        BigDecimal.valueOf(elapsedMillis).setScale(3, RoundingMode.HALF_UP))
                .update();
    }
}
