package io.lotline.operations;

import static io.lotline.operations.TestFiles.deleteRecursively;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.jayway.jsonpath.JsonPath;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An administrator backs up the running embedded database; the backup, unzipped in place of {@code ./data}, is the
 * database as it was at that moment, with a chain that verifies.
 */
class OnlineBackupIT extends IntegrationTest {

    @Test
    void an_admin_backs_up_the_running_embedded_database_and_the_unzipped_backup_is_that_moment() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the online backup is the embedded database's");
        Path directory = Path.of("target", "backup-test").toAbsolutePath();
        deleteRecursively(directory);
        long entriesAtTheBackup;
        try (LotlineProcess lotline = new LotlineProcess(directory.resolve("running"), List.of())) {
            lotline.start();
            entriesAtTheBackup = ((Number) JsonPath.read(
                    lotline.get("compliance", "/api/v1/ledger/verification").body(), "$.entriesChecked")).longValue();

            HttpResponse<String> backup = lotline.post("admin", "/api/v1/admin/backups", "backup-1",
                    "{\"file\": \"before-the-upgrade.zip\"}");
            assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
            Path zip = directory.resolve("running/backups/before-the-upgrade.zip");
            assertThat(Path.of((String) JsonPath.read(backup.body(), "$.path"))).isEqualTo(zip);
            assertThat(((Number) JsonPath.read(backup.body(), "$.bytes")).longValue()).isEqualTo(Files.size(zip));

            HttpResponse<String> again = lotline.post("admin", "/api/v1/admin/backups", "backup-2",
                    "{\"file\": \"before-the-upgrade.zip\"}");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat((String) JsonPath.read(again.body(), "$.field")).isEqualTo("file");
            assertThat((String) JsonPath.read(again.body(), "$.rule")).isEqualTo("backup-file-must-not-exist");
            HttpResponse<String> elsewhere = lotline.post("admin", "/api/v1/admin/backups", "backup-3",
                    "{\"file\": \"../data/lotline.zip\"}");
            assertThat(elsewhere.statusCode()).isEqualTo(400);
            assertThat((String) JsonPath.read(elsewhere.body(), "$.value")).isEqualTo("../data/lotline.zip");
            assertThat(lotline.get("operator", "/api/v1/admin/backups").statusCode()).isIn(403, 405);

            HttpResponse<String> later = lotline.post("operator", "/api/v1/receipts", "after-the-backup", """
                    {"supplier": "MUEHLE", "purchaseOrder": "PO-LATER", "lines": [{"sku": "FLOUR-550",
                     "quantity": {"amount": 1, "unit": "BAG"}, "supplierLot": "AFTER-BACKUP", "productionDate": "%s",
                     "destination": {"location": "DOCK"}}]}""".formatted(LocalDate.now(ZoneOffset.UTC)));
            assertThat(later.statusCode()).isEqualTo(201);
        }

        Path restored = directory.resolve("restored/data");
        unzip(directory.resolve("running/backups/before-the-upgrade.zip"), restored);
        String url = JarCommand.h2(restored.resolve("lotline").toString());
        try (Connection connection = DriverManager.getConnection(url, "lotline", "lotline");
             Statement statement = connection.createStatement();
             ResultSet entries = statement.executeQuery("select count(*) from ledger_entries")) {
            entries.next();
            assertThat(entries.getLong(1)).as("entries in the restored database").isEqualTo(entriesAtTheBackup);
        }
        assertThat(JarCommand.run("verify-ledger", "--spring.datasource.url=" + url,
                "--spring.datasource.username=lotline", "--spring.datasource.password=lotline"))
                .as("verify-ledger on the restored database").isZero();
    }

    @Test
    void only_the_admin_backs_up_and_a_database_without_a_file_is_refused_naming_the_database() {
        MvcTestResult refused = as("admin").post("/api/v1/admin/backups", "{}");

        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("database");
        assertThat(refused).bodyJson().extractingPath("$.value")
                .isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "in-memory");
        assertThat(refused).bodyJson().extractingPath("$.rule")
                .isEqualTo("online-backup-of-the-embedded-database-only");
        assertThat(as("operator").post("/api/v1/admin/backups", "{}")).hasStatus(403);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
