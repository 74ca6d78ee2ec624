package io.lotline.exchange;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An FDA request for the sortable spreadsheet, an EU authority's one-up/one-down, an auditor's PDF. */
class ExportsIT extends IntegrationTest {
    private Floor.Site site;
    private Item leaves;
    private Item salad;
    private String leafLot;
    private String supplierLot;
    private String saladLot;
    private String order;
    private final String today = LocalDate.now().toString();

    @BeforeEach
    void leavesReceivedMadeIntoSaladAndShipped() throws Exception {
        site = floor.aSite();
        leaves = floor.anItem().register();
        salad = floor.anItem().keptIn("EA").register();
        leafLot = floor.receive(site, leaves, "50", site.rack(), null);
        supplierLot = read(as("quality").get("/api/v1/lots/" + leafLot), "$.lot.supplierLot");
        order = "SALAD-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, salad.sku()));
        as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 20, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                .formatted(leafLot, site.rack()));
        saladLot = read(as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 200, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack())), "$.lots[0].lotNumber");
        as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 120, "unit": "EA"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-77"}}"""
                .formatted(saladLot, site.rack(), site.customer()));
    }

    @Test
    void the_fsma_204_spreadsheet_has_one_row_per_critical_tracking_event_with_its_key_data_elements() throws Exception {
        String lots = "lot=" + supplierLot + "&lot=" + saladLot;
        MvcTestResult json = as("compliance").get("/api/v1/exports/fsma204?from=" + today + "&to=" + today + "&" + lots);

        assertThat(json).hasStatus(200);
        assertThat((List<String>) read(json, "$[*].cte"))
                .containsExactly("Receiving", "Transformation", "Transformation", "Shipping");
        assertThat((List<String>) read(json, "$[?(@.cte == 'Receiving')].tlc")).containsExactly(supplierLot);
        assertThat((List<String>) read(json, "$[?(@.cte == 'Receiving')].tlcSource.name"))
                .containsExactly("Mill " + site.supplier().substring(4));
        assertThat((List<String>) read(json, "$[?(@.cte == 'Transformation')].eventId")).containsOnly(order + "/1");
        assertThat((List<String>) read(json, "$[?(@.cte == 'Receiving')].tlcAssignedBy"))
                .containsExactly("Immediate supplier");
        assertThat((List<String>) read(json, "$[?(@.cte == 'Receiving')].tlcSource.phone"))
                .containsExactly("+1 555 020 " + site.supplier().substring(4));
        assertThat((List<String>) read(json, "$[?(@.cte == 'Shipping')].recipient.phone"))
                .containsExactly("+1 555 030 " + site.customer().substring(4));
        assertThat((List<String>) read(json, "$[?(@.cte == 'Shipping')].eventLocation.phone"))
                .containsExactly("+1 555 010 " + site.site().substring(1));
        assertThat((List<String>) read(json, "$[?(@.cte == 'Transformation')].role")).containsExactly("input", "output");
        assertThat((List<String>) read(json, "$[?(@.cte == 'Shipping')].recipient.name"))
                .containsExactly("Shop " + site.customer().substring(4));
        assertThat((List<String>) read(json, "$[?(@.cte == 'Shipping')].referenceDocumentNumber"))
                .containsExactly("DN-77");

        MvcTestResult xlsx = as("compliance").get("/api/v1/exports/fsma204.xlsx?" + lots);
        assertThat(xlsx).hasStatus(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("FSMA 204");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Traceability Lot Code");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 40);
            assertThat(sheet.getRow(0).getCell(30).getStringCellValue()).isEqualTo("SKU");
            assertThat(sheet.getRow(0).getCell(31).getStringCellValue()).isEqualTo("Harvest Location");
            assertThat(sheet.getRow(0).getCell(39).getStringCellValue()).isEqualTo("Catch Area");
            assertThat(sheet.getRow(0).getCell(21).getStringCellValue()).isEqualTo("Ship-To Phone");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .as("header in bold").isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Receiving");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3))).as("a date cell").isTrue();
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate().toString())
                    .isEqualTo(today);
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(supplierLot);
            assertThat(sheet.getRow(1).getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(13).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(4).getCell(14).getStringCellValue()).isEqualTo("EA");
            assertThat(sheet.getRow(4).getCell(21).getStringCellValue())
                    .isEqualTo("+1 555 030 " + site.customer().substring(4));
            assertThat(sheet.getRow(4).getCell(28).getStringCellValue()).isEqualTo("DN-77");
            assertThat(sheet.getRow(4).getCell(29).getStringCellValue()).isEqualTo(saladLot);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AN5");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 1);
        }
        byte[] csv = as("quality").get("/api/v1/exports/fsma204.csv?" + lots).getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .startsWith("Event ID,CTE,Role,Event Date,Traceability Lot Code").contains("DN-77");
    }

    @Test
    void a_recalls_whole_scope_is_exported_in_one_call_and_an_unknown_recall_is_named() {
        String code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Listeria on the leaves", "scope": {"lots": ["%s"]}}""".formatted(leafLot)), "$.code");

        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?recall=" + code);

        assertThat(rows).hasStatus(200);
        assertThat((List<String>) read(rows, "$[*].internalLot")).containsExactly(leafLot, leafLot, saladLot, saladLot);
        assertThat((List<String>) read(rows, "$[*].cte"))
                .containsExactly("Receiving", "Transformation", "Transformation", "Shipping");
        assertThat(as("compliance").get("/api/v1/exports/fsma204.xlsx?recall=" + code)).hasStatus(200);
        MvcTestResult unknown = as("compliance").get("/api/v1/exports/fsma204.csv?recall=RC-NONE");
        assertThat(unknown).hasStatus(404).hasContentType("application/problem+json");
        assertThat((String) read(unknown, "$.field")).isEqualTo("recall");
        assertThat((String) read(unknown, "$.value")).isEqualTo("RC-NONE");
    }

    @Test
    void every_row_of_the_trace_csv_has_as_many_cells_as_its_header() throws Exception {
        String csv = io.lotline.support.Api.body(as("quality").get("/api/v1/traces/csv?direction=FORWARD&lot="
                + leafLot));

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(records.get(0).size()));
        assertThat(records.get(1).get(1)).isEqualTo(leafLot);
        assertThat(records.get(1).get(7)).as("no shipment of the leaves").isEmpty();
    }

    @Test
    void an_export_with_no_filter_an_inverted_range_or_no_matching_event_is_refused_not_sent_empty() {
        assertThat(as("compliance").get("/api/v1/exports/fsma204.xlsx")).hasStatus(400)
                .bodyJson().extractingPath("$.rule").isEqualTo("filter-required");
        assertThat(as("compliance").get("/api/v1/exports/fsma204.xlsx?from=2026-05-02&to=2026-05-01")).hasStatus(400)
                .bodyJson().extractingPath("$.rule").isEqualTo("date-range-order");
        assertThat(as("compliance").get("/api/v1/exports/fsma204.xlsx?from=1999-01-01&to=1999-01-31"))
                .hasStatus(404).hasContentType("application/problem+json");
        assertThat(as("operator").get("/api/v1/exports/fsma204?sku=" + salad.sku())).hasStatus(403);
    }

    @Test
    void one_up_one_down_names_the_supplier_and_the_customer_with_the_931_2011_details() {
        MvcTestResult report = as("compliance").get("/api/v1/exports/one-up-one-down?lot=" + saladLot);

        assertThat(report).hasStatus(200);
        assertThat((List<String>) read(report, "$.suppliedFrom[*].lotReference")).containsExactly(supplierLot);
        assertThat((List<String>) read(report, "$.suppliedFrom[*].dispatchedFromName"))
                .containsExactly("Mill " + site.supplier().substring(4));
        assertThat((List<String>) read(report, "$.suppliedTo[*].dispatchedToName"))
                .containsExactly("Shop " + site.customer().substring(4));
        assertThat((List<String>) read(report, "$.suppliedTo[*].date")).containsExactly(today);
        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/exports/one-up-one-down.csv?lot="
                + saladLot))).contains("supplied_to").contains("DN-77");
    }

    @Test
    void a_trace_is_printed_as_a_pdf_for_the_auditor() {
        MvcTestResult pdf = as("quality").get("/api/v1/exports/trace.pdf?direction=FORWARD&lot=" + leafLot);

        assertThat(pdf).hasStatus(200);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }
}
