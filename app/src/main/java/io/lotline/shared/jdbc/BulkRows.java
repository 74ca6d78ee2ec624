package io.lotline.shared.jdbc;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends rows to a table in bulk: {@code COPY ... FROM STDIN} in PostgreSQL's text format, several times faster
 * than batched inserts, or JDBC batches on H2 (through JdbcTemplate: JdbcClient has no batch API). The PostgreSQL
 * driver is a runtime dependency of Lotline (H2 is the embedded default), so its copy API is reached by reflection.
 */
public final class BulkRows {
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public BulkRows(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** Writes the rows, each holding the values of {@code columns} (comma-separated) in their order. */
    public void write(String table, String columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            if (postgres) {
                StringBuilder text = new StringBuilder(chunk.size() * 160);
                chunk.forEach(row -> row(text, row));
                jdbc.execute((ConnectionCallback<Long>) connection -> copyIn(connection,
                        "copy " + table + " (" + columns + ") from stdin", text));
            } else {
                int count = columns.split(",").length;
                jdbc.batchUpdate("insert into " + table + " (" + columns + ") values ("
                        + "?, ".repeat(count - 1) + "?)", chunk);
            }
        }
    }

    /** Appends one row: tab-separated, {@code \N} for null, backslash escapes for tab, newline and backslash. */
    private static void row(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof BigDecimal decimal) {
                out.append(decimal.toPlainString());
            } else if (value instanceof OffsetDateTime time) {
                out.append(time.toInstant());
            } else if (value instanceof Instant || value instanceof Number) {
                out.append(value);
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static long copyIn(Connection connection, String copySql, CharSequence rows) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            Object copied = Class.forName("org.postgresql.copy.CopyManager")
                    .getMethod("copyIn", String.class, Reader.class)
                    .invoke(copyApi, copySql, new StringReader(rows.toString()));
            return (Long) copied;
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("COPY failed", failed.getCause());
        } catch (ReflectiveOperationException noDriver) {
            throw new IllegalStateException("COPY needs the PostgreSQL JDBC driver", noDriver);
        }
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
