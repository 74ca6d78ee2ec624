package io.lotline.ledger.internal;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * {@code COPY ... FROM STDIN} in PostgreSQL's text format: the fastest way to append rows, several times faster than
 * batched inserts. The driver is a runtime dependency of Lotline (H2 is the embedded default), so its copy API is
 * reached by reflection.
 */
final class PostgresCopy {
    private PostgresCopy() {
    }

    /** Appends one row: tab-separated, {@code \N} for null, backslash escapes for tab, newline and backslash. */
    static void row(StringBuilder out, Object[] values) {
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

    static long copyIn(Connection connection, String copySql, CharSequence rows) throws SQLException {
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
