package io.lotline.operations;

import static io.lotline.operations.TestFiles.deleteRecursively;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lotline in a process of its own on its default database, as an evaluator runs it (the embedded H2 file, whose
 * connections sync each commit to the disk; a PostgreSQL schema of its own in the PostgreSQL run): the FSMA 204
 * spreadsheet and CSV of the sample's flour are answered whole, and the transaction they were read in ends cleanly.
 */
class ExportsOnTheDefaultDatabaseIT extends IntegrationTest {

    @Test
    void the_fsma_204_spreadsheet_and_csv_are_answered_and_their_transaction_commits() throws Exception {
        Path directory = Path.of("target", "exports-test", TestDatabase.isPostgres() ? "postgres" : "h2");
        deleteRecursively(directory);
        try (LotlineProcess lotline = new LotlineProcess(directory, LotlineProcess.database(jdbc, "exports_test"))) {
            lotline.start();

            HttpResponse<String> xlsx = lotline.get("compliance", "/api/v1/exports/fsma204.xlsx?sku=FLOUR-550");
            HttpResponse<String> csv = lotline.get("compliance", "/api/v1/exports/fsma204.csv?sku=FLOUR-550");

            assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(200);
            assertThat(xlsx.body()).startsWith("PK");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("Wheat flour type 550").contains("Receiving");
            assertThat(lotline.logLines()).as("the process's log")
                    .noneMatch(line -> line.contains("Connection is closed"))
                    .noneMatch(line -> line.contains("JDBC commit failed"));
        }
    }
}
