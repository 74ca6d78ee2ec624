package io.lotline.bench.internal;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk-writes rows of the generated network that are not ledger entries (lots, pallets, orders, edges): COPY in
 * PostgreSQL's text format, or JDBC batches on H2 (through JdbcTemplate: JdbcClient has no batch API). The
 * PostgreSQL driver is a runtime dependency only, so its copy API is reached by reflection.
 */
final class TableWriter {
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    TableWriter(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    void write(String table, String columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            if (postgres) {
                StringBuilder text = new StringBuilder(chunk.size() * 120);
                chunk.forEach(row -> copyRow(text, row));
                jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection,
                        "copy " + table + " (" + columns + ") from stdin", new StringReader(text.toString())));
            } else {
                int count = columns.split(",").length;
                jdbc.batchUpdate("insert into " + table + " (" + columns + ") values ("
                        + "?, ".repeat(count - 1) + "?)", chunk);
            }
        }
    }

    private static long copy(Connection connection, String sql, Reader rows) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            return (Long) Class.forName("org.postgresql.copy.CopyManager")
                    .getMethod("copyIn", String.class, Reader.class).invoke(copyApi, sql, rows);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof SQLException sqlFailure) {
                throw sqlFailure;
            }
            throw new IllegalStateException("COPY failed", failed.getCause());
        } catch (ReflectiveOperationException noDriver) {
            throw new IllegalStateException("COPY needs the PostgreSQL JDBC driver", noDriver);
        }
    }

    /** Tab-separated, {@code \N} for null, backslash escapes for backslash, tab and line breaks. */
    private static void copyRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof OffsetDateTime time) {
                out.append(time.toInstant());
            } else if (value instanceof BigDecimal decimal) {
                out.append(decimal.toPlainString());
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
