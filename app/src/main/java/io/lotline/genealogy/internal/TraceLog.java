package io.lotline.genealogy.internal;

import io.lotline.genealogy.TraceRequest;
import io.lotline.shared.jdbc.UnpooledConnections;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Who traced which lots, when, and what it reached. Written on a connection of its own, outside the pool and outside
 * the caller's transaction, so that a trace made inside a read-only report, or by a request that later fails, is
 * still on record, and so that a trace never holds one pooled connection while it waits for a second: with every
 * pooled connection held by a trace waiting to record itself, no request would get one. Records are written one at a
 * time, each committed at once. On PostgreSQL that connection commits without waiting for the disk
 * ({@code synchronous_commit off}): a trace then costs no disk flush, and a server crash can lose at most the records
 * of the last fraction of a second, never write half a record (ADR 6).
 */
@Component
class TraceLog implements DisposableBean {
    private static final String INSERT = """
            insert into trace_requests (actor, requested_at, direction, roots, max_depth, lots_reached, elapsed_ms)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final SingleConnectionDataSource own;
    private final boolean postgres;
    private boolean prepared;

    TraceLog(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        this.dataSource = dataSource;
        this.own = UnpooledConnections.of(dataSource)
                .map(database -> new SingleConnectionDataSource(database.url(), database.username(),
                        database.password(), true))
                .orElse(null);
    }

    /** Plain JDBC on purpose: Spring's helpers would enlist the connection in the caller's (read-only) transaction. */
    public synchronized void record(String actor, Instant at, TraceRequest request, int reached,
                                    double elapsedMillis) {
        String roots = String.join(",", request.lotNumbers());
        try {
            Connection connection = own != null ? own.getConnection() : dataSource.getConnection();
            try {
                if (connection.isReadOnly()) {
                    connection.setReadOnly(false);
                }
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                if (postgres && (own == null || !prepared)) {
                    try (Statement relaxed = connection.createStatement()) {
                        relaxed.execute("set synchronous_commit to off");
                    }
                    prepared = own != null;
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, actor);
                    insert.setObject(2, at.atOffset(ZoneOffset.UTC));
                    insert.setString(3, request.direction().name());
                    insert.setString(4, roots.length() > 4000 ? roots.substring(0, 3997) + "..." : roots);
                    insert.setObject(5, request.maxDepth(), Types.INTEGER);
                    insert.setInt(6, reached);
                    insert.setBigDecimal(7, BigDecimal.valueOf(elapsedMillis).setScale(3, RoundingMode.HALF_UP));
                    insert.executeUpdate();
                }
            } finally {
                if (own == null) {
                    connection.close();
                }
            }
        } catch (SQLException broken) {
            if (own != null) {
                own.resetConnection();
                prepared = false;
            }
            throw new DataAccessResourceFailureException("The trace could not be put on record", broken);
        }
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.destroy();
        }
    }
}
