package io.lotline.operations.internal;

import io.lotline.shared.Conflict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Copies every table of one Lotline database into another, empty one whose tables Flyway has just created: the
 * embedded H2 file into PostgreSQL when a plant outgrows it (or any Lotline database into another).
 *
 * <p>The source is read in one read-only transaction, so it is a consistent snapshot and never written. The target
 * is written in one transaction, table by table in the order of their foreign keys, rows in the order of their
 * primary key (an entry's reversal comes after the entry), with the same ids, hashes and times: the hash chain is
 * the same chain. A copy that stops half-way rolls back and leaves the target as empty as it was. After the commit
 * the identity columns continue after the copied ids, and every table is compared with the source: same number of
 * rows and the same digest of their values.
 */
final class DatabaseCopy {
    /** Flyway's own table is the target's: Flyway created its tables. */
    private static final String FLYWAY = "flyway_schema_history";
    /**
     * The tables the migrations fill with one row, and what that row looks like once anything was booked: the chain
     * head before the first entry, the catalog's revision before the first change of master data.
     */
    private static final Map<String, String> SEEDED = Map.of("ledger_chain", "seq > 0", "catalog_revision",
            "revision > 0");
    private static final int BATCH = 500;

    /** Told after every table; the command prints it. */
    interface Progress {
        void copied(String table, long rows, int done, int of);
    }

    /** What was copied: rows per table, in the order they were copied. */
    record Copied(Map<String, Long> rowsPerTable) {
        long rows() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Connection source;
    private final Connection target;
    private final String targetName;

    /**
     * @param targetName how the target is named in messages: its URL without credentials
     */
    DatabaseCopy(Connection source, Connection target, String targetName) {
        this.source = source;
        this.target = target;
        this.targetName = targetName;
    }

    /**
     * The JDBC URL of an embedded H2 database given by its path ({@code ./data/lotline}, {@code data/lotline} or
     * {@code data/lotline.mv.db}), opened read-only and only if it exists; a JDBC URL is taken as it is.
     */
    static String sourceUrl(String from) {
        if (from.startsWith("jdbc:")) {
            return from;
        }
        String file = from.endsWith(".mv.db") ? from.substring(0, from.length() - ".mv.db".length()) : from;
        String path = Path.of(file).toAbsolutePath().normalize().toString();
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    Copied copy(Progress progress) throws SQLException {
        source.setAutoCommit(false);
        source.setReadOnly(true);
        source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        target.setAutoCommit(false);
        try {
            return copyAndCompare(progress);
        } finally {
            source.rollback();
        }
    }

    private Copied copyAndCompare(Progress progress) throws SQLException {
        sameSchemaVersion();
        List<String> tables = inForeignKeyOrder(tables(target));
        Set<String> missing = new LinkedHashSet<>(tables);
        missing.removeAll(tables(source));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The source has no table " + missing + ": it is not a Lotline database "
                    + "of this version.");
        }
        targetIsEmpty(tables);

        Map<String, Long> copied = new LinkedHashMap<>();
        String current = null;
        try {
            try (Statement statement = target.createStatement()) {
                for (String seeded : SEEDED.keySet()) {
                    statement.executeUpdate("delete from " + seeded);
                }
            }
            for (String table : tables) {
                current = table;
                copied.put(table, copyTable(table));
                progress.copied(table, copied.get(table), copied.size(), tables.size());
            }
            current = null;
            target.commit();
        } catch (SQLException | RuntimeException failure) {
            target.rollback();
            throw new IllegalStateException("The copy stopped" + (current == null ? " at its commit" : " while "
                    + "copying table " + current + " (" + (copied.size() + 1) + " of " + tables.size() + ")") + ": "
                    + failure.getMessage() + ". Nothing was written to " + targetName + " (its transaction was rolled "
                    + "back) and the source was only read. Remove the cause and run copy-database again.", failure);
        }
        target.setAutoCommit(true);
        for (String table : tables) {
            continueIdentities(table);
        }
        for (String table : tables) {
            String expected = digest(source, table);
            String actual = digest(target, table);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("Table " + table + " differs between the source and " + targetName
                        + " after the copy (" + expected + " against " + actual + "). Empty the target (drop and "
                        + "create the database) and run copy-database again.");
            }
        }
        return new Copied(copied);
    }

    /** The target's tables are created by this version's migrations; the source must have had the same ones. */
    private void sameSchemaVersion() throws SQLException {
        int from = schemaVersion(source, "source");
        int to = schemaVersion(target, targetName);
        if (from != to) {
            throw new IllegalStateException("The source database is at schema version " + from + ", this Lotline at "
                    + to + ". Start this version of Lotline once on the source (it upgrades it), stop it, then copy.");
        }
    }

    private static int schemaVersion(Connection connection, String name) throws SQLException {
        int highest = -1;
        try (Statement statement = connection.createStatement();
             ResultSet versions = statement.executeQuery(
                     "select version from " + FLYWAY + " where success and version is not null")) {
            while (versions.next()) {
                highest = Math.max(highest, Integer.parseInt(versions.getString(1).split("[._]")[0]));
            }
        } catch (SQLException noHistory) {
            throw new IllegalStateException("The " + name + " is not a Lotline database: it has no readable "
                    + FLYWAY + " (" + noHistory.getMessage() + ").", noHistory);
        }
        return highest;
    }

    private void targetIsEmpty(List<String> tables) throws SQLException {
        for (String table : tables) {
            String sql = "select count(*) from " + quote(table)
                    + (SEEDED.containsKey(table) ? " where " + SEEDED.get(table) : "");
            try (Statement statement = target.createStatement(); ResultSet count = statement.executeQuery(sql)) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new Conflict("target", targetName, "target-must-be-empty", "The target database "
                            + targetName + " already holds data (" + count.getLong(1) + " rows in " + table
                            + "). copy-database writes only into a new, empty database; nothing was copied.");
                }
            }
        }
    }

    private long copyTable(String table) throws SQLException {
        List<String> columns = columns(target, table);
        String columnList = columns.stream().map(DatabaseCopy::quote).collect(Collectors.joining(", "));
        String insert = "insert into " + quote(table) + " (" + columnList + ") values ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        try (Statement select = source.createStatement()) {
            select.setFetchSize(1000);
            try (ResultSet read = select.executeQuery("select " + columnList + " from " + quote(table)
                    + orderByPrimaryKey(table)); PreparedStatement write = target.prepareStatement(insert)) {
                ResultSetMetaData types = read.getMetaData();
                while (read.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = value(read, i, types);
                        write.setObject(i, value);
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
        return rows;
    }

    /** Identity columns go on after the highest copied id, so that the next booking gets a new one. */
    private void continueIdentities(String table) throws SQLException {
        boolean postgres = target.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (ResultSet columns = target.getMetaData().getColumns(null, target.getSchema(), table, null)) {
            while (columns.next()) {
                if (!"YES".equals(columns.getString("IS_AUTOINCREMENT"))) {
                    continue;
                }
                String column = columns.getString("COLUMN_NAME");
                long next;
                try (Statement statement = target.createStatement();
                     ResultSet max = statement.executeQuery("select coalesce(max(" + quote(column) + "), 0) + 1 from "
                             + quote(table))) {
                    max.next();
                    next = max.getLong(1);
                }
                try (Statement statement = target.createStatement()) {
                    statement.execute(postgres
                            ? "select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next
                                    + ", false)"
                            : "alter table " + quote(table) + " alter column " + quote(column) + " restart with "
                                    + next);
                }
            }
        }
    }

    /**
     * A digest of a table's content that does not depend on the order rows come in or on how each database
     * represents a value (scale of a decimal, offset of a time): the sum of each row's SHA-256.
     */
    static String digest(Connection connection, String table) throws SQLException {
        List<String> columns = columns(connection, table);
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        MessageDigest sha256 = sha256();
        try (Statement statement = connection.createStatement();
             ResultSet read = statement.executeQuery("select " + columns.stream().map(DatabaseCopy::quote)
                     .collect(Collectors.joining(", ")) + " from " + quote(table))) {
            ResultSetMetaData types = read.getMetaData();
            while (read.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    row.append(canonical(value(read, i, types))).append('\u0001');
                }
                sum = sum.add(new BigInteger(1, sha256.digest(row.toString().getBytes(StandardCharsets.UTF_8))));
                rows++;
            }
        }
        return rows + " rows, " + sum.toString(16);
    }

    private static Object value(ResultSet read, int column, ResultSetMetaData types) throws SQLException {
        String typeName = types.getColumnTypeName(column).toLowerCase();
        if (typeName.equals("timestamptz") || typeName.equals("timestamp with time zone")) {
            return read.getObject(column, OffsetDateTime.class);
        }
        return switch (types.getColumnType(column)) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> read.getString(column);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> read.getBytes(column);
            default -> read.getObject(column);
        };
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        } else if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        } else if (value instanceof Timestamp time) {
            return time.toLocalDateTime().toString();
        } else if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } else if (value instanceof Number number) {
            return canonical(new BigDecimal(number.toString()));
        } else if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase(FLYWAY)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Referenced tables before the tables that reference them; a table's references to itself are left out. */
    private List<String> inForeignKeyOrder(List<String> tables) throws SQLException {
        DatabaseMetaData metaData = target.getMetaData();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String table : tables.stream().sorted().toList()) {
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet keys = metaData.getImportedKeys(null, target.getSchema(), table)) {
                while (keys.next()) {
                    String other = keys.getString("PKTABLE_NAME");
                    if (!other.equals(table) && tables.contains(other)) {
                        referenced.add(other);
                    }
                }
            }
            references.put(table, referenced);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            List<String> ready = references.entrySet().stream()
                    .filter(table -> !ordered.contains(table.getKey()) && ordered.containsAll(table.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("The foreign keys between the tables form a loop; cannot copy.");
            }
            ordered.addAll(ready);
        }
        return ordered;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private String orderByPrimaryKey(String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rows = target.getMetaData().getPrimaryKeys(null, target.getSchema(), table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), quote(rows.getString("COLUMN_NAME")));
            }
        }
        return key.isEmpty() ? "" : " order by " + String.join(", ", key.values());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
