package io.lotline.imports;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class ImportsIT extends IntegrationTest {
    private Floor.Site site;
    private int n;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
        n = Floor.next();
    }

    private MvcTestResult upload(String kind, String name, byte[] content, boolean dryRun) {
        return mvc.post().uri("/api/v1/imports/" + kind + "?dryRun=" + dryRun)
                .multipart().file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic("supervisor", PASSWORD)).exchange();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook as a spreadsheet program saves it: dates typed as dates, numbers as numbers. */
    private static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Spreadsheet", null);
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof LocalDate date) {
                    sheet.value(r + 1, c, date);
                    sheet.style(r + 1, c).format("dd.mm.yyyy").set();
                } else if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void items_import_from_csv_through_the_same_rules_as_the_api() {
        MvcTestResult result = upload("items", "items.csv", csv("""
                sku,description,baseUnit,alternativeUnits,shelfLifeDays,initialLotStatus
                FLOUR-%1$d,Wheat flour type 550,KG,BAG=25,365,RELEASED
                SALT-%1$d,"Sea salt, fine",kg,,,
                """.formatted(n)), false);

        assertThat(result).hasStatus(201);
        assertThat((String) read(result, "$.status")).isEqualTo("DONE");
        assertThat((Integer) read(result, "$.created")).isEqualTo(2);
        MvcTestResult flour = as("operator").get("/api/v1/items/FLOUR-" + n);
        assertThat(flour).hasStatus(200);
        assertThat((Integer) read(flour, "$.shelfLifeDays")).isEqualTo(365);
        assertThat((String) read(flour, "$.alternativeUnits[0].unit")).isEqualTo("BAG");
        assertThat((String) read(as("operator").get("/api/v1/items/SALT-" + n), "$.description"))
                .isEqualTo("Sea salt, fine");
    }

    @Test
    void categories_import_and_items_name_them() {
        assertThat(upload("categories", "categories.csv", csv("code,name,pickingStrategy\nDRY-%d,Dry goods,FIFO\n"
                .formatted(n)), false)).hasStatus(201);

        MvcTestResult items = upload("items", "items.csv", csv("sku,description,baseUnit,category\n"
                + "RICE-%1$d,Rice,KG,DRY-%1$d\nBEANS-%1$d,Beans,KG,WET-%1$d\n".formatted(n)), true);

        assertThat((List<Map<String, Object>>) read(items, "$.problems[*]['line','field','value','rule']"))
                .containsExactly(problem(3, "category", "WET-" + n, "must-exist"));
    }

    @Test
    void parties_import_from_a_workbook() throws IOException {
        MvcTestResult result = upload("parties", "parties.xlsx", xlsx(
                List.of("code", "role", "name", "country", "phone"),
                List.of(List.of("MILL-" + n, "SUPPLIER", "Mühle Uelzen", "DE", "+49 581 123456"),
                        List.of("SHOP-" + n, "customer", "Café Łódź", "PL", "+48 42 1234567"))), false);

        assertThat(result).hasStatus(201);
        MvcTestResult suppliers = as("operator").get("/api/v1/parties?role=SUPPLIER&size=500");
        assertThat(body(suppliers)).contains("MILL-" + n, "Mühle Uelzen");
        assertThat(body(as("operator").get("/api/v1/parties?role=CUSTOMER&size=500"))).contains("Café Łódź");
    }

    @Test
    void sites_warehouses_and_locations_import_a_location_inside_a_parent_named_above_it() {
        assertThat(upload("sites", "sites.csv", csv("code,name,plantCode,country\nS%1$dX,Plant %1$d,P%1$dX,NL\n"
                .formatted(n)), false)).hasStatus(201);
        assertThat(upload("warehouses", "warehouses.csv", csv("code,name,site\nW%1$dX,Main,S%1$dX\n".formatted(n)),
                false)).hasStatus(201);
        MvcTestResult locations = upload("locations", "locations.csv", csv("""
                code;warehouse;parent;pickable;quarantine
                AISLE-%1$d;W%1$dX;;no;no
                BAY-%1$d;W%1$dX;AISLE-%1$d;yes;no
                """.formatted(n)), false);

        assertThat(locations).hasStatus(201);
        MvcTestResult bay = as("operator").get("/api/v1/locations/BAY-" + n);
        assertThat((String) read(bay, "$.parent")).isEqualTo("AISLE-" + n);
        assertThat((Boolean) read(bay, "$.pickable")).isTrue();
    }

    @Test
    void items_and_locations_import_from_workbooks_and_parties_from_csv_too() throws IOException {
        MvcTestResult items = upload("items", "items.xlsx", xlsx(List.of("sku", "description", "baseUnit",
                "shelfLifeDays"), List.of(List.of("OATS-" + n, "Oat flakes", "KG", 180))), false);
        MvcTestResult locations = upload("locations", "locations.xlsx", xlsx(List.of("code", "warehouse",
                "quarantine"), List.of(List.of("COLD-" + n, site.warehouse(), "yes"))), false);
        MvcTestResult parties = upload("parties", "parties.csv", csv("code;role;name;gln\nFARM-%d;SUPPLIER;Farm;\n"
                .formatted(n)), false);

        assertThat(items).hasStatus(201);
        assertThat((Integer) read(as("operator").get("/api/v1/items/OATS-" + n), "$.shelfLifeDays")).isEqualTo(180);
        assertThat(locations).hasStatus(201);
        assertThat((Boolean) read(as("operator").get("/api/v1/locations/COLD-" + n), "$.quarantine")).isTrue();
        assertThat(parties).hasStatus(201);
        assertThat(body(as("operator").get("/api/v1/parties?role=SUPPLIER&size=500"))).contains("FARM-" + n);
    }

    @Test
    void opening_stock_is_booked_as_receipts_for_the_opening_balance_keeping_the_supplier_lot_verbatim() {
        Item flour = floor.anItem().alsoIn("BAG", "25").shelfLife(365).register();
        LocalDate produced = LocalDate.now().minusDays(30);

        MvcTestResult result = upload("opening-stock", "stock.csv", csv("""
                sku,quantity,unit,location,pallet,supplierLot,supplier,productionDate,expiryDate,status
                %1$s,40,BAG,%2$s,LP-%3$d,  MH 26/4000 ,%4$s,%5$s,,RELEASED
                %1$s,12.5,,%6$s,,  MH 26/4000 ,%4$s,%5$s,,RELEASED
                %1$s,300,KG,%6$s,,MH-9,%4$s,%5$s,,ON_HOLD
                """.formatted(flour.sku(), site.rack(), n, site.supplier(), produced, site.dock())), false);

        assertThat(result).hasStatus(201);
        assertThat((Integer) read(result, "$.rowsTotal")).isEqualTo(3);
        assertThat((Integer) read(result, "$.rowsDone")).isEqualTo(3);
        assertThat((Integer) read(result, "$.created")).isEqualTo(2);
        MvcTestResult lots = as("operator").get("/api/v1/lots?sku=" + flour.sku());
        assertThat((List<String>) read(lots, "$.content[*].supplierLot"))
                .containsExactlyInAnyOrder("  MH 26/4000 ", "MH-9");
        List<String> numbers = read(lots, "$.content[?(@.supplierLot == '  MH 26/4000 ')].number");
        String lotNumber = numbers.get(0);
        MvcTestResult dossier = as("operator").get("/api/v1/lots/" + lotNumber);
        assertThat((String) read(dossier, "$.lot.status")).isEqualTo("RELEASED");
        assertThat((String) read(dossier, "$.lot.expiryDate")).isEqualTo(produced.plusDays(365).toString());
        assertThat(amount(dossier, "$.onHand.amount")).isEqualByComparingTo("1012.5");
        assertThat((List<String>) read(dossier, "$.history[*].type")).containsOnly("RECEIPT");
        assertThat((List<String>) read(dossier, "$.history[*].reasonCode")).containsOnly("OPENING_BALANCE");
        assertThat((List<String>) read(dossier, "$.history[*].note"))
                .containsExactlyInAnyOrder("Opening balance imported from stock.csv, line 2",
                        "Opening balance imported from stock.csv, line 3");
        assertThat((List<String>) read(dossier, "$.balances[*].pallet")).contains("LP-" + n);
        assertThat((List<String>) read(lots, "$.content[?(@.supplierLot == 'MH-9')].status"))
                .containsExactly("ON_HOLD");
        assertThat(as("compliance").get("/api/v1/ledger/verification")).bodyJson()
                .extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void opening_stock_imports_from_a_workbook_with_dates_typed_as_dates() throws IOException {
        Item butter = floor.anItem().register();
        LocalDate expiry = LocalDate.now().plusDays(60);

        MvcTestResult result = upload("opening-stock", "stock.xlsx", xlsx(
                List.of("sku", "quantity", "location", "supplierLot", "expiryDate"),
                List.of(List.of(butter.sku(), 25, site.rack(), "UM 0419", expiry))), false);

        assertThat(result).hasStatus(201);
        MvcTestResult lot = as("operator").get("/api/v1/lots?sku=" + butter.sku());
        assertThat((String) read(lot, "$.content[0].expiryDate")).isEqualTo(expiry.toString());
        assertThat((String) read(lot, "$.content[0].supplierLot")).isEqualTo("UM 0419");
        MvcTestResult fsma = as("quality").get("/api/v1/exports/fsma204?sku=" + butter.sku());
        assertThat(fsma).hasStatus(200);
        assertThat(body(fsma)).contains("UM 0419");
    }

    @Test
    void a_dry_run_names_every_bad_row_with_line_field_value_and_rule_and_writes_nothing() {
        Item flour = floor.anItem().register();
        long lots = count("lots");
        long entries = count("ledger_entries");
        long imports = count("imports");

        MvcTestResult result = upload("opening-stock", "bad.csv", badStock(flour), true);

        assertThat(result).hasStatus(200);
        assertThat((Boolean) read(result, "$.valid")).isFalse();
        assertThat((Integer) read(result, "$.rows")).isEqualTo(6);
        assertThat((List<Map<String, Object>>) read(result, "$.problems[*]['line','field','value','rule']"))
                .containsExactly(
                problem(3, "sku", "NO-SUCH-" + n, "must-exist"),
                problem(4, "quantity", "-5", "quantity-not-negative"),
                problem(5, "expiryDate", "31.12.2027", "date-format"),
                problem(7, "supplierLot", "A-1", "duplicated-lot"));
        assertThat(count("lots")).isEqualTo(lots);
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(count("imports")).isEqualTo(imports);
    }

    private byte[] badStock(Item flour) {
        return csv("""
                sku,quantity,location,supplierLot,expiryDate
                %1$s,10,%2$s,A-1,2027-12-31
                NO-SUCH-%3$d,10,%2$s,A-2,2027-12-31
                %1$s,-5,%2$s,A-3,2027-12-31
                %1$s,10,%2$s,A-4,31.12.2027
                %1$s,10,%2$s,A-5,2027-12-31
                %1$s,7,%2$s,A-1,2027-12-31
                """.formatted(flour.sku(), site.rack(), n));
    }

    private static Map<String, Object> problem(int line, String field, String value, String rule) {
        Map<String, Object> problem = new HashMap<>();
        problem.put("line", line);
        problem.put("field", field);
        problem.put("value", value);
        problem.put("rule", rule);
        return problem;
    }

    /** An item of a category whose policy asks for the origin at receipt and takes a storage temperature. */
    private Item fishOfACategoryWithAPolicy() {
        String category = "FISH-" + n;
        assertThat(as("supervisor").post("/api/v1/categories", """
                {"code": "%s", "name": "Fresh fish", "pickingStrategy": "FIFO"}""".formatted(category)))
                .hasStatus(201);
        assertThat(as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"tracking": "LOT", "pickingStrategy": "FIFO", "reason": "Key data elements of seafood",
                 "attributes": [{"name": "origin", "type": "COUNTRY", "requiredAt": ["RECEIPT"]},
                                {"name": "storageTemperature", "type": "NUMBER", "unit": "CEL", "min": -30, "max": 4}]}
                """)).hasStatus(200);
        return floor.anItem().inCategory(category).register();
    }

    @Test
    void opening_stock_brings_the_lot_attributes_its_policy_names_and_lots_are_found_by_them() {
        Item hake = fishOfACategoryWithAPolicy();

        MvcTestResult result = upload("opening-stock", "fish.csv", csv("""
                sku,quantity,location,supplierLot,Attribute.origin,attribute.storageTemperature
                %1$s,40,%2$s,PE-1,PE,-18
                %1$s,10,%3$s,PE-1,PE,-18
                %1$s,25,%2$s,CL-1,CL,
                """.formatted(hake.sku(), site.rack(), site.dock())), false);

        assertThat(result).hasStatus(201);
        assertThat((Integer) read(result, "$.created")).isEqualTo(2);
        MvcTestResult fromPeru = as("operator").get("/api/v1/lots?sku=" + hake.sku() + "&attribute.origin=PE");
        assertThat((List<String>) read(fromPeru, "$.content[*].supplierLot")).containsExactly("PE-1");
        MvcTestResult dossier = as("operator").get("/api/v1/lots/" + read(fromPeru, "$.content[0].number"));
        assertThat((String) read(dossier, "$.lot.attributes.origin")).isEqualTo("PE");
        assertThat((String) read(dossier, "$.lot.attributes.storageTemperature")).isEqualTo("-18");
        assertThat((Integer) read(dossier, "$.lot.batchPolicyVersion")).isEqualTo(1);
        assertThat(amount(dossier, "$.onHand.amount")).isEqualByComparingTo("50");
        assertThat((List<String>) read(as("operator").get("/api/v1/lots?sku=" + hake.sku()
                + "&attribute.origin=CL"), "$.content[*].supplierLot")).containsExactly("CL-1");
    }

    @Test
    void a_dry_run_names_each_missing_required_attribute_unknown_name_and_invalid_value_by_row() {
        Item hake = fishOfACategoryWithAPolicy();
        Item flour = floor.anItem().register();
        long lots = count("lots");
        long entries = count("ledger_entries");

        byte[] file = csv("""
                sku,quantity,location,supplierLot,attribute.origin,attribute.storageTemperature,attribute.vessel
                %1$s,40,%2$s,A-1,PE,-18,
                %1$s,10,%2$s,A-2,,-18,
                %1$s,10,%2$s,A-3,XX,7.5,
                %1$s,10,%2$s,A-4,PE,,Santa Maria
                %3$s,10,%2$s,A-5,DE,,
                %1$s,5,%4$s,A-1,CL,-18,
                """.formatted(hake.sku(), site.rack(), flour.sku(), site.dock()));
        MvcTestResult dryRun = upload("opening-stock", "fish.csv", file, true);
        MvcTestResult run = upload("opening-stock", "fish.csv", file, false);

        assertThat((Boolean) read(dryRun, "$.valid")).isFalse();
        assertThat((List<Map<String, Object>>) read(dryRun, "$.problems[*]['line','field','value','rule']"))
                .containsExactly(
                problem(3, "attribute.origin", null, "required-at-receipt"),
                problem(4, "attribute.origin", "XX", "attribute-country"),
                problem(4, "attribute.storageTemperature", "7.5", "attribute-range"),
                problem(5, "attribute.vessel", "Santa Maria", "attribute-in-policy"),
                problem(6, "attribute.origin", "DE", "attribute-in-policy"),
                problem(7, "attribute.origin", "CL", "one-lot-alike"));
        assertThat(run).hasStatus(422).hasContentType("application/problem+json");
        assertThat((List<String>) read(run, "$.errors[*].field")).containsExactly("attribute.origin",
                "attribute.origin", "attribute.storageTemperature", "attribute.vessel", "attribute.origin",
                "attribute.origin");
        assertThat(count("lots")).isEqualTo(lots);
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void a_lot_number_from_the_old_system_is_kept_and_one_lotline_already_has_is_a_duplicated_lot() {
        Item oil = floor.anItem().register();
        String taken = floor.receive(site, oil, "1", site.rack(), null);

        MvcTestResult refused = upload("opening-stock", "stock.csv", csv("""
                sku,quantity,location,lotNumber
                %1$s,1,%2$s,OLD-%3$d
                %1$s,1,%2$s,%4$s
                """.formatted(oil.sku(), site.rack(), n, taken)), true);
        MvcTestResult kept = upload("opening-stock", "stock.csv", csv("sku,quantity,location,lotNumber\n"
                + "%s,1,%s,OLD-%d\n".formatted(oil.sku(), site.rack(), n)), false);

        assertThat((List<Map<String, Object>>) read(refused, "$.problems[*]['line','field','value','rule']"))
                .containsExactly(problem(3, "lotNumber", taken, "lot-number-unique"));
        assertThat(kept).hasStatus(201);
        assertThat(as("operator").get("/api/v1/lots/OLD-" + n)).hasStatus(200);
    }

    @Test
    void a_dry_run_foresees_that_an_items_lot_number_format_runs_out_of_numbers() {
        assertThat(as("supervisor").post("/api/v1/lot-number-formats", """
                {"code": "NINE-%1$d", "pattern": "N%1$d{YY}{MM}{DD}{SEQ:1}"}""".formatted(n))).hasStatus(201);
        Item nuts = floor.anItem().lotNumberFormat("NINE-" + n).register();
        StringBuilder file = new StringBuilder("sku,quantity,location,supplierLot\n");
        for (int lot = 1; lot <= 10; lot++) {
            file.append(nuts.sku()).append(",1,").append(site.rack()).append(",NUT-").append(lot).append('\n');
        }

        MvcTestResult result = upload("opening-stock", "nuts.csv", csv(file.toString()), true);

        assertThat((List<Map<String, Object>>) read(result, "$.problems[*]['line','field','rule']"))
                .containsExactly(Map.of("line", 11, "field", "lotNumber", "rule", "lot-sequence-exhausted"));
    }

    @Test
    void an_import_with_a_bad_row_is_refused_whole_and_the_problem_lists_every_bad_row() {
        Item flour = floor.anItem().register();
        long lots = count("lots");
        long entries = count("ledger_entries");

        MvcTestResult result = upload("opening-stock", "bad.csv", badStock(flour), false);

        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.rule")).isEqualTo("every-row-valid");
        assertThat((List<Integer>) read(result, "$.errors[*].line")).containsExactly(3, 4, 5, 7);
        assertThat((List<String>) read(result, "$.errors[*].field"))
                .containsExactly("sku", "quantity", "expiryDate", "supplierLot");
        assertThat(count("lots")).isEqualTo(lots);
        assertThat(count("ledger_entries")).isEqualTo(entries);
        MvcTestResult record = as("admin").get("/api/v1/imports/" + read(result, "$.importId"));
        assertThat((String) read(record, "$.status")).isEqualTo("REJECTED");
        assertThat((Integer) read(record, "$.problems")).isEqualTo(4);
    }

    @Test
    void master_data_with_a_bad_row_writes_none_of_the_good_rows() {
        MvcTestResult result = upload("items", "items.csv", csv("""
                sku,description,baseUnit,shelfLifeDays
                OK-%1$d,Good item,KG,10
                BAD-%1$d,Bad item,KG,ten
                """.formatted(n)), false);

        assertThat(result).hasStatus(422);
        assertThat((List<Map<String, Object>>) read(result, "$.errors[*]['line','field','value','rule']"))
                .containsExactly(problem(3, "shelfLifeDays", "ten", "number-format"));
        assertThat(as("operator").get("/api/v1/items/OK-" + n)).hasStatus(404);
    }

    @Test
    void a_cell_with_a_bidirectional_override_or_a_control_character_is_a_bad_row_as_in_the_api() {
        MvcTestResult result = upload("items", "items.csv", csv("""
                sku,description,baseUnit
                TXT-%1$d,Flour \u202Egnp.exe,KG
                """.formatted(n)), false);

        assertThat(result).hasStatus(422);
        assertThat((List<Map<String, Object>>) read(result, "$.errors[*]['line','field','value','rule']"))
                .containsExactly(problem(2, "description", "Flour \\u202Egnp.exe", "free-text-characters"));
        assertThat(as("operator").get("/api/v1/items/TXT-" + n)).hasStatus(404);
    }

    @Test
    void the_same_file_again_answers_the_first_import_and_books_nothing() {
        Item salt = floor.anItem().register();
        byte[] file = csv("sku,quantity,location\n%s,5,%s\n".formatted(salt.sku(), site.rack()));

        MvcTestResult first = upload("opening-stock", "salt.csv", file, false);
        long entries = count("ledger_entries");
        MvcTestResult checked = upload("opening-stock", "salt-copy.csv", file, true);
        MvcTestResult again = upload("opening-stock", "salt-copy.csv", file, false);

        assertThat(first).hasStatus(201);
        assertThat(again).hasStatus(200);
        assertThat((Integer) read(again, "$.id")).isEqualTo(read(first, "$.id"));
        assertThat((String) read(again, "$.file")).isEqualTo("salt.csv");
        assertThat((Boolean) read(again, "$.repeated")).isTrue();
        assertThat((Integer) read(checked, "$.importedAs")).isEqualTo(read(first, "$.id"));
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat((Integer) read(as("operator").get("/api/v1/lots?sku=" + salt.sku()), "$.totalElements"))
                .isEqualTo(1);
    }

    @Test
    void an_import_shows_its_progress_and_is_listed() {
        Item yeast = floor.anItem().register();
        MvcTestResult result = upload("opening-stock", "yeast.csv",
                csv("sku,quantity,location\n%s,1,%s\n%s,2,%s\n".formatted(yeast.sku(), site.rack(), yeast.sku(),
                        site.dock())), false);

        MvcTestResult record = as("supervisor").get("/api/v1/imports/" + read(result, "$.id"));

        assertThat((String) read(record, "$.status")).isEqualTo("DONE");
        assertThat((Integer) read(record, "$.rowsDone")).isEqualTo(2);
        assertThat((String) read(record, "$.importedBy")).isEqualTo("supervisor");
        assertThat(body(as("admin").get("/api/v1/imports?size=500"))).contains("yeast.csv");
    }

    @Test
    void every_kind_has_a_template_in_csv_and_xlsx_with_its_header_and_an_example() throws IOException {
        MvcTestResult csv = as("supervisor").get("/api/v1/imports/templates/opening-stock.csv");
        MvcTestResult xlsx = as("supervisor").get("/api/v1/imports/templates/opening-stock.xlsx");

        assertThat(csv).hasStatus(200);
        assertThat(body(csv).lines().toList()).hasSize(2).first().asString()
                .isEqualTo("\uFEFFsku,quantity,unit,location,pallet,supplierLot,supplier,productionDate,expiryDate,"
                        + "status,lotNumber,attribute.origin");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("sku");
            assertThat(rows.get(1).getCellAsDate(7)).isPresent();
        }
        for (String kind : List.of("categories", "items", "parties", "sites", "warehouses", "locations")) {
            assertThat(as("admin").get("/api/v1/imports/templates/" + kind + ".xlsx")).as(kind).hasStatus(200);
        }
        assertThat(as("admin").get("/api/v1/imports/templates/pallets.csv")).hasStatus(400)
                .bodyJson().extractingPath("$.rule").isEqualTo("import-kind");
    }

    @Test
    void the_openapi_description_shows_the_upload_as_a_multipart_file() {
        MvcTestResult docs = as("admin").get("/v3/api-docs");

        assertThat(docs).hasStatus(200);
        assertThat((Map<String, Object>) read(docs, "$.paths['/api/v1/imports/{kind}'].post.requestBody.content"))
                .containsKey("multipart/form-data");
        assertThat((Map<String, Object>) read(docs, "$.paths")).containsKeys("/api/v1/imports/{id}",
                "/api/v1/imports/templates/{kind}.{format}", "/api/v1/imports");
    }

    @Test
    void an_unknown_column_or_a_missing_required_one_is_named_on_line_one() {
        MvcTestResult result = upload("opening-stock", "stock.csv", csv("sku,qty,location\nX,1,Y\n"), true);

        assertThat((List<Map<String, Object>>) read(result, "$.problems[*]['line','field','rule']")).containsExactly(
                Map.of("line", 1, "field", "qty", "rule", "known-column"),
                Map.of("line", 1, "field", "quantity", "rule", "required-column"));
    }
}
