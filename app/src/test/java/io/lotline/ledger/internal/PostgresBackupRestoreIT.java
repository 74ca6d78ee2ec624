package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lotline.catalog.Item;
import io.lotline.ledger.ChainVerification;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The README's backup and restore on PostgreSQL, done as written: {@code pg_dump --format=custom} of the running
 * database, {@code pg_restore} into a new database, and the restored ledger verified with the same chain
 * verification as {@code verify-ledger}, its balances recomputed from its entries. Only the PostgreSQL run can
 * do this; on H2 it does not apply.
 */
class PostgresBackupRestoreIT extends IntegrationTest {
    private static final String BALANCES = "select lot_id, location_id, container_id, quantity from stock_balances "
            + "where quantity <> 0 order by lot_id, location_id, container_id";
    /** Every place's stock as its entries add up: what came in minus what went out. */
    private static final String BALANCES_FROM_ENTRIES = """
            select lot_id, location_id, container_id, sum(quantity) as quantity from (
                select lot_id, to_location_id as location_id, coalesce(to_container_id, 0) as container_id,
                       base_quantity as quantity
                from ledger_entries where to_location_id is not null
                union all
                select lot_id, from_location_id, coalesce(from_container_id, 0), -base_quantity
                from ledger_entries where from_location_id is not null
            ) moves
            group by lot_id, location_id, container_id having sum(quantity) <> 0
            order by lot_id, location_id, container_id""";

    @Test
    void a_dump_restored_into_a_new_database_has_an_intact_chain_and_the_same_balances() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "pg_dump and pg_restore apply to PostgreSQL only");
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        floor.receive(site, flour, "250", site.rack(), null);
        floor.receive(site, flour, "40.5", site.dock(), "PAL-" + Floor.next());

        Properties server = Driver.parseURL(System.getenv("LOTLINE_TEST_POSTGRES_URL"), null);
        String source = server.getProperty("PGDBNAME");
        String restored = source + "_restored";
        Path dump = Path.of("target", "backup-restore", source + ".dump");
        Files.createDirectories(dump.getParent());
        Files.deleteIfExists(dump);
        ChainVerification original = new ChainVerifier(new LedgerEntries(jdbc)).verify();
        List<Map<String, Object>> originalBalances = jdbc.sql(BALANCES).query().listOfRows();

        run(server, "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + source);
        JdbcClient owner = TestDatabase.owner(jdbc);
        owner.sql("drop database if exists " + restored).update();
        owner.sql("create database " + restored).update();
        try {
            run(server, "pg_restore", "--exit-on-error", "--no-owner", "--dbname=" + restored, dump.toString());
            JdbcClient copy = JdbcClient.create(new SimpleDriverDataSource(new Driver(),
                    System.getenv("LOTLINE_TEST_POSTGRES_URL").replaceFirst("/" + source + "(?=$|\\?)",
                            "/" + restored), user(), password()));

            ChainVerification verified = new ChainVerifier(new LedgerEntries(copy)).verify();
            assertThat(original.intact()).isTrue();
            assertThat(verified.intact()).as(verified.problem()).isTrue();
            assertThat(verified.entriesChecked()).isEqualTo(original.entriesChecked()).isPositive();
            List<Map<String, Object>> restoredBalances = copy.sql(BALANCES).query().listOfRows();
            assertThat(restoredBalances).isEqualTo(originalBalances).isNotEmpty();
            assertThat(copy.sql(BALANCES_FROM_ENTRIES).query().listOfRows()).isEqualTo(restoredBalances);
        } finally {
            // not "with (force)": it would have to stop the autovacuum worker a fresh restore wakes, which only a
            // superuser may; a plain drop makes autovacuum leave, and the test's own connections are closed
            owner.sql("drop database if exists " + restored).update();
        }
    }

    private static void run(Properties server, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(1, List.of("--host=" + server.getProperty("PGHOST"), "--port=" + server.getProperty("PGPORT"),
                "--username=" + user(), "--no-password"));
        Path log = Files.createTempFile("lotline-" + command[0], ".log");
        ProcessBuilder process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().put("PGPASSWORD", password());
        int exit = process.start().waitFor();
        assertThat(exit).as("%s: %s", line, Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    /** Dumps and restores as the owner of the tables, as a database administrator would. */
    private static String user() {
        return TestDatabase.ownerUser();
    }

    private static String password() {
        return TestDatabase.ownerPassword();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
