package io.lotline.genealogy.internal;

import io.lotline.genealogy.TraceRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who traced which lots, when, and what it reached. Written in a transaction of its own, so that a trace made inside
 * a read-only report, or by a request that later fails, is still on record.
 */
@Component
class TraceLog {
    private final JdbcClient jdbc;

    TraceLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, Instant at, TraceRequest request, int reached, double elapsedMillis) {
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
