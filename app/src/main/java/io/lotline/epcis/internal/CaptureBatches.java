package io.lotline.epcis.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The capture under way on this thread, if any ({@link CaptureBatch}): opened by a capture for its duration and
 * dropped when it ends, so what it holds never outlives one document. Outside a capture, rows are written at once.
 */
@Component
class CaptureBatches {
    private final ThreadLocal<CaptureBatch> current = new ThreadLocal<>();
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    CaptureBatches(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Opens the batch of a capture on this thread; closing it drops whatever it still holds. */
    CaptureBatch open() {
        if (current.get() != null) {
            throw new IllegalStateException("A capture is already under way on this thread");
        }
        CaptureBatch batch = new CaptureBatch(jdbc, postgres, current::remove);
        current.set(batch);
        return batch;
    }

    boolean postgres() {
        return postgres;
    }

    Optional<CaptureBatch> current() {
        return Optional.ofNullable(current.get());
    }

    /** The rows to write: the capture's batch, or, outside a capture, one written as soon as it is filled. */
    CaptureBatch rows() {
        CaptureBatch batch = current.get();
        return batch != null ? batch : new CaptureBatch(jdbc, postgres, () -> { }).writingAtOnce();
    }

    /** Writes what the capture under way holds, before a read that must see it. */
    void flush() {
        current().ifPresent(CaptureBatch::flush);
    }
}
