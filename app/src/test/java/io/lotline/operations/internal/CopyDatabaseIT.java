package io.lotline.operations.internal;

import static io.lotline.operations.JarCommand.h2;
import static io.lotline.operations.JarCommand.run;
import static io.lotline.operations.TestFiles.deleteRecursively;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.Conflict;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample bakery in an embedded H2 file is copied with {@code copy-database} into a new database: PostgreSQL in
 * the PostgreSQL run (a schema of its own in the test database), another H2 file in the H2 run.
 */
class CopyDatabaseIT extends IntegrationTest {
    private static final Path ROOT = Path.of("target", "copy-database").toAbsolutePath();
    private static final String SOURCE = ROOT.resolve("source").resolve("lotline").toString();
    /** The tables the migrations fill with one row of their own (the chain head, the catalog's revision). */
    private static final Set<String> SEEDED = Set.of("ledger_chain", "catalog_revision");

    @BeforeAll
    static void the_sample_bakery_in_an_embedded_database() throws IOException {
        deleteRecursively(ROOT);
        int exit = run("verify-ledger", "--spring.datasource.url=" + h2(SOURCE), "--spring.datasource.username=lotline",
                "--spring.datasource.password=lotline", "--lotline.sample-data.enabled=true");
        assertThat(exit).isZero();
    }

    @Test
    void copy_database_copies_every_table_with_the_ledger_and_its_chain_and_refuses_a_target_that_holds_data()
            throws Exception {
        Target target = aNewDatabase("copy_target");
        String[] copy = {"--from=" + SOURCE, "--spring.datasource.url=" + target.url,
                "--spring.datasource.username=" + target.user, "--spring.datasource.password=" + target.password};

        assertThat(run("copy-database", copy)).isZero();

        try (Connection from = source(); Connection to = target.connect()) {
            assertThat(count(to, "ledger_entries")).isEqualTo(count(from, "ledger_entries")).isPositive();
            assertThat(digests(to)).isEqualTo(digests(from));
            long highestCategory = longValue(to, "select max(id) from categories");
            try (Statement statement = to.createStatement()) {
                statement.executeUpdate("insert into categories (code, name, picking_strategy) "
                        + "values ('AFTER-COPY', 'Booked after the copy', 'FIFO')");
            }
            assertThat(longValue(to, "select id from categories where code = 'AFTER-COPY'"))
                    .as("ids continue after the copied ones").isGreaterThan(highestCategory);
        }

        assertThat(run("copy-database", copy)).as("a second copy into a database that holds data").isEqualTo(1);
        try (Connection from = source(); Connection to = target.connect()) {
            assertThat(count(to, "ledger_entries")).isEqualTo(count(from, "ledger_entries"));
            assertThatThrownBy(() -> new DatabaseCopy(from, to, "the target").copy((table, rows, done, of) -> { }))
                    .isInstanceOf(Conflict.class).hasMessageContaining("already holds data")
                    .hasMessageContaining("nothing was copied");
        }
    }

    @Test
    void an_interrupted_copy_writes_nothing_leaves_the_source_as_it_was_and_can_be_run_again() throws Exception {
        Target target = aNewDatabase("copy_interrupted");
        Flyway.configure().dataSource(target.url, target.user, target.password)
                .locations("classpath:db/migration/common",
                        "classpath:db/migration/" + (TestDatabase.isPostgres() ? "postgresql" : "h2"))
                .placeholders(Map.of("appuser", target.user))
                .load().migrate();
        String sourceFile = sha256(Path.of(SOURCE + ".mv.db"));
        Map<String, String> sourceTables;
        try (Connection from = source()) {
            sourceTables = digests(from);
        }

        try (Connection from = source(); Connection to = target.connect()) {
            assertThatThrownBy(() -> new DatabaseCopy(from, to, "the target").copy((table, rows, done, of) -> {
                if (done == 5) {
                    throw new IllegalStateException("connection to the target lost");
                }
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The copy stopped while copying table")
                    .hasMessageContaining("connection to the target lost")
                    .hasMessageContaining("Nothing was written to the target");
        }

        try (Connection from = source(); Connection to = target.connect()) {
            assertThat(digests(from)).isEqualTo(sourceTables);
            for (String table : sourceTables.keySet()) {
                assertThat(count(to, table)).as(table).isEqualTo(SEEDED.contains(table) ? 1 : 0);
            }
            DatabaseCopy.Copied copied = new DatabaseCopy(from, to, "the target").copy((table, rows, done, of) -> { });
            assertThat(copied.rowsPerTable()).containsEntry("ledger_entries", count(from, "ledger_entries"));
            assertThat(digests(to)).isEqualTo(sourceTables);
        }
        assertThat(sha256(Path.of(SOURCE + ".mv.db"))).as("the source file").isEqualTo(sourceFile);
    }

    private record Target(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private Target aNewDatabase(String name) {
        if (TestDatabase.isPostgres()) {
            TestDatabase.owner(jdbc).sql("drop schema if exists " + name + " cascade").update();
            TestDatabase.owner(jdbc).sql("create schema " + name).update();
            return new Target(System.getenv("LOTLINE_TEST_POSTGRES_URL") + "?currentSchema=" + name,
                    TestDatabase.ownerUser(), TestDatabase.ownerPassword());
        }
        return new Target(h2(ROOT.resolve(name).resolve("lotline").toString()), "sa", "");
    }

    private static Connection source() throws SQLException {
        return DriverManager.getConnection(DatabaseCopy.sourceUrl(SOURCE), "lotline", "lotline");
    }

    /** Every table's digest, as {@code copy-database} compares them. */
    private static Map<String, String> digests(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables.stream().filter(table -> !table.equals("flyway_schema_history")).sorted()
                .toList()) {
            digests.put(table, DatabaseCopy.digest(connection, table));
        }
        return digests;
    }

    private static long count(Connection connection, String table) throws SQLException {
        return longValue(connection, "select count(*) from " + table);
    }

    private static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? "postgres" : value;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
