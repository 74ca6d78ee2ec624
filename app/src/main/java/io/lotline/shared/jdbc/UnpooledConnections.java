package io.lotline.shared.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How to open a connection of one's own to the database a connection pool serves, outside that pool: for a connection
 * held as long as the application runs (listening for other instances' notifications), or taken while the caller
 * already holds a pooled one (a record that must never wait for a second pooled connection: with every pooled
 * connection held by a caller waiting so, no request would get one). The pool is found through the wrappers the
 * application puts around its data source (ADR 6, point 6).
 */
public record UnpooledConnections(String url, String username, String password) {

    /** The pool's database and credentials, when {@code dataSource} is or wraps a Hikari pool that names its URL. */
    public static Optional<UnpooledConnections> of(DataSource dataSource) {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return Optional.empty();
            }
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return pool.getJdbcUrl() == null ? Optional.empty()
                    : Optional.of(new UnpooledConnections(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()));
        } catch (SQLException notAWrapper) {
            return Optional.empty();
        }
    }

    /** A new connection, not from the pool; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public String toString() {
        return "UnpooledConnections[" + url + " as " + username + "]";
    }
}
