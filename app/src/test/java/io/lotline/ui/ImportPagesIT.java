package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Category;
import io.lotline.imports.ImportFile;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The import screen without a browser: who may use it, a check that names each bad row and writes nothing, an
 * import of the file that was checked, its place in the history, a large file's problems as a CSV, and Dutch.
 */
class ImportPagesIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    int n;

    @BeforeEach
    void aNumber() {
        n = Floor.next();
    }

    @Test
    void the_import_screen_and_its_actions_are_for_supervisors_and_admins() {
        byte[] file = csv("code,name\nDENIED-%d,Denied\n".formatted(n));
        for (String role : List.of("SUPERVISOR", "ADMIN")) {
            assertThat(mvc.get().uri("/imports").with(user(role.toLowerCase()).roles(role)).exchange()).hasStatusOk();
            assertThat(mvc.get().uri("/imports/templates/items.xlsx").with(user(role.toLowerCase()).roles(role))
                    .exchange()).hasStatusOk();
        }
        for (String role : List.of("OPERATOR", "QUALITY", "COMPLIANCE")) {
            String username = role.toLowerCase();
            assertThat(mvc.get().uri("/imports").with(user(username).roles(role)).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/imports/templates/items.csv").with(user(username).roles(role)).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            for (String action : List.of("/imports/check", "/imports/problems.csv")) {
                assertThat(upload(action, role, "categories", file).exchange()).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(upload("/imports", role, "categories", file)
                    .param("checked", new ImportFile("c.csv", file).sha256()).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(category("DENIED-" + n)).isEmpty();
    }

    @Test
    void a_check_names_each_bad_row_by_line_column_value_and_rule_and_writes_nothing() {
        byte[] file = csv("sku,description,baseUnit,shelfLifeDays\nOK-%1$d,Oats,KG,180\nBAD-%1$d,Rye,KG,many\n"
                .formatted(n));

        MvcTestResult checked = upload("/imports/check", "SUPERVISOR", "items", file).exchange();

        assertThat(checked).hasStatusOk();
        assertThat(Api.body(checked)).contains("items.csv: 2 rows checked; nothing was written.")
                .contains("1 problem in 1 row.").contains("<td>3</td><td>shelfLifeDays</td>")
                .contains("<td>many</td><td><code>number-format</code></td>").doesNotContain("id=\"commit\"");
        assertThatThrownBy(() -> catalog.item("OK-" + n)).isInstanceOf(Unknown.class);
    }

    @Test
    void the_checked_file_is_imported_shown_in_the_history_and_a_second_time_books_nothing() {
        byte[] file = csv("code,name\nDRY-%1$d,Dry goods\nWET-%1$d,Wet goods\n".formatted(n));
        MvcTestResult checked = upload("/imports/check", "SUPERVISOR", "categories", file).exchange();
        String sha256 = new ImportFile("categories.csv", file).sha256();
        assertThat(Api.body(checked)).contains("Every row is fine.").contains("id=\"commit\"")
                .contains("name=\"checked\" value=\"" + sha256 + "\"").contains("Import these 2 rows");

        MvcTestResult imported = upload("/imports", "SUPERVISOR", "categories", file).param("checked", sha256)
                .exchange();

        assertThat(imported).hasStatusOk();
        assertThat(Api.body(imported)).contains("categories.csv: 2 rows imported, 2 records created")
                .contains("id=\"history\"").contains("categories.csv").contains("done");
        assertThat(category("WET-" + n)).map(Category::name).contains("Wet goods");

        MvcTestResult again = upload("/imports", "ADMIN", "categories", file).param("checked", sha256).exchange();
        assertThat(Api.body(again)).contains("categories.csv was imported before");
    }

    @Test
    void a_file_other_than_the_one_checked_is_refused_beside_the_file_and_imports_nothing() {
        byte[] checked = csv("code,name\nONE-%d,One\n".formatted(n));
        byte[] other = csv("code,name\nOTHER-%d,Other\n".formatted(n));

        MvcTestResult refused = upload("/imports", "SUPERVISOR", "categories", other)
                .param("checked", new ImportFile("c.csv", checked).sha256()).exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"file-error\"").contains("not the one checked");
        assertThat(category("OTHER-" + n)).isEmpty();
    }

    @Test
    void an_import_refused_whole_lists_its_problems_and_no_file_is_refused_beside_the_file() {
        byte[] file = csv("code,name\nDUP-%1$d,One\nDUP-%1$d,Twice\n".formatted(n));
        MvcTestResult rejected = upload("/imports", "SUPERVISOR", "categories", file)
                .param("checked", new ImportFile("c.csv", file).sha256()).exchange();

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(rejected)).contains("Nothing was imported: 1 problem in 1 row.")
                .contains("<td>3</td><td>code</td>").contains("rejected");

        MvcTestResult noFile = mvc.post().uri("/imports/check").multipart().param("kind", "items")
                .with(user("supervisor").roles("SUPERVISOR")).with(csrf()).exchange();
        assertThat(noFile).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(noFile)).contains("id=\"file-error\"").contains("Choose a CSV or XLSX file");
    }

    @Test
    void a_large_file_shows_the_first_problems_and_every_problem_downloads_as_a_neutralised_csv() {
        String rows = IntStream.rangeClosed(1, 150).mapToObj(i -> "X%d-%d,Rye,KG,=1+%d".formatted(n, i, i))
                .collect(Collectors.joining("\n"));
        byte[] file = csv("sku,description,baseUnit,shelfLifeDays\n" + rows + "\n");

        MvcTestResult checked = upload("/imports/check", "SUPERVISOR", "items", file).exchange();
        assertThat(Api.body(checked)).contains("150 problems in 150 rows.")
                .contains("The first 100 of 150 problems").contains("id=\"download-problems\"")
                .contains("<td>101</td>").doesNotContain("<td>102</td>");

        MvcTestResult all = upload("/imports/problems.csv", "SUPERVISOR", "items", file).exchange();
        assertThat(all).hasStatusOk().hasHeader("Content-Disposition",
                "attachment; filename=\"lotline-items-problems.csv\"");
        List<String> lines = Api.body(all).lines().toList();
        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).isEqualTo("\uFEFFline,column,value,rule,message");
        assertThat(lines.get(150)).startsWith("151,shelfLifeDays,'=1+150,number-format,");
    }

    @Test
    void while_an_import_books_on_any_instance_the_history_shows_its_progress_and_reads_itself_again() {
        String file = "stock-" + n + ".csv";
        jdbc.sql("""
                insert into imports (kind, file_name, sha256, status, rows_total, rows_done, created, problems,
                                     imported_by, started_at)
                values ('OPENING_STOCK', ?, ?, 'BOOKING', 100000, 45000, 0, 0, 'supervisor', current_timestamp)""")
                .params(file, "0".repeat(64)).update();
        try {
            String running = Api.body(mvc.get().uri("/imports").with(user("admin").roles("ADMIN")).exchange());
            assertThat(running).contains(file).contains("45000 / 100000").contains("booking")
                    .contains("hx-trigger=\"every 2s\"");
        } finally {
            jdbc.sql("update imports set status = 'FAILED', finished_at = current_timestamp where file_name = ?")
                    .param(file).update();
        }
        String settled = Api.body(mvc.get().uri("/imports").with(user("admin").roles("ADMIN")).exchange());
        assertThat(settled).contains("failed").doesNotContain("hx-trigger=\"every 2s\"");
    }

    @Test
    void a_template_downloaded_from_the_screen_is_a_workbook_the_check_reads() {
        MvcTestResult template = mvc.get().uri("/imports/templates/locations.xlsx")
                .with(user("supervisor").roles("SUPERVISOR")).exchange();
        assertThat(template).hasStatusOk().hasHeader("Content-Disposition",
                "attachment; filename=\"lotline-locations.xlsx\"");
        byte[] workbook = template.getResponse().getContentAsByteArray();

        MvcTestResult checked = mvc.post().uri("/imports/check").multipart()
                .file(new MockMultipartFile("file", "locations.xlsx", "application/octet-stream", workbook))
                .param("kind", "locations").with(user("supervisor").roles("SUPERVISOR")).with(csrf()).exchange();

        assertThat(Api.body(checked)).contains("locations.xlsx: 1 row checked; nothing was written.");
    }

    @Test
    void the_screen_speaks_dutch() {
        byte[] file = csv("sku,description,baseUnit,shelfLifeDays\nNL-%d,Rogge,KG,veel\n".formatted(n));

        MvcTestResult checked = upload("/imports/check", "SUPERVISOR", "items", file).param("lang", "nl").exchange();

        assertThat(Api.body(checked)).contains("Het bestand controleren").contains("1 probleem in 1 regel.")
                .contains("Geen getal: veel.").contains("Beginvoorraad");
    }

    private MockMultipartMvcRequestBuilder upload(String action, String role, String kind, byte[] content) {
        String name = action.equals("/imports/problems.csv") ? "file.csv" : kind + ".csv";
        return mvc.post().uri(action).multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content)).param("kind", kind)
                .with(user(role.toLowerCase()).roles(role)).with(csrf());
    }

    private Optional<Category> category(String code) {
        return catalog.categories(new PageRequest(0, PageRequest.MAX_SIZE)).content().stream()
                .filter(category -> category.code().equals(code)).findFirst();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
