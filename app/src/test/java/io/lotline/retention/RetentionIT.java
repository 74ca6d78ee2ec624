package io.lotline.retention;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.Item;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

class RetentionIT extends IntegrationTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private String category;
    private Floor.Site site;
    private Item item;

    @BeforeEach
    void aCategoryWithAnItem() {
        category = "KEEP-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/categories", """
                {"code": "%s", "name": "Chilled food", "pickingStrategy": "FEFO"}""".formatted(category)))
                .hasStatus(201);
        site = floor.aSite();
        item = floor.anItem().inCategory(category).register();
    }

    @Test
    void an_admin_sets_the_rules_and_compliance_reads_them_with_who_when_and_why() {
        MvcTestResult defined = as("admin").put("/api/v1/retention-rules", lawfulRules());

        assertThat(defined).hasStatus(200);
        int version = read(defined, "$.version");
        MvcTestResult read = as("compliance").get("/api/v1/retention-rules");
        assertThat(read).hasStatus(200);
        assertThat((Integer) read(read, "$.version")).isEqualTo(version);
        assertThat((String) read(read, "$.changedBy")).isEqualTo("admin");
        assertThat((String) read(read, "$.reason")).isEqualTo("FSMA 204 and EU food law");
        assertThat((List<String>) read(read, "$.rules[*].code")).containsExactly("FSMA", "EU-FOOD");
        assertThat((String) read(read, "$.rules[1].category")).isEqualTo(category);
        assertThat((Integer) read(read, "$.rules[1].monthsAfterExpiry")).isEqualTo(6);
        MvcTestResult history = as("compliance").get("/api/v1/retention-rules/history");
        assertThat((Integer) read(history, "$[0].version")).isEqualTo(version);
        assertThatThrownBy(() -> jdbc.sql("update retention_rule_sets set reason = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from retention_rules").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_rule_shorter_than_the_law_it_names_is_refused_naming_field_value_and_rule_and_nothing_is_stored() {
        long before = count("retention_rule_sets");

        MvcTestResult tooShort = as("admin").put("/api/v1/retention-rules", """
                {"reason": "Shorter", "rules": [
                  {"code": "FSMA", "law": "FSMA_204", "monthsAfterRecord": 24},
                  {"code": "EU-FOOD", "category": "%s", "law": "EU_FOOD", "monthsAfterRecord": 48,
                   "monthsAfterExpiry": 6}]}""".formatted(category));
        MvcTestResult noExpiryTerm = as("admin").put("/api/v1/retention-rules", """
                {"reason": "No expiry term", "rules": [
                  {"code": "GMP", "law": "EU_MEDICINAL", "monthsAfterRecord": 60}]}""");
        MvcTestResult unknownCategory = as("admin").put("/api/v1/retention-rules", """
                {"reason": "x", "rules": [{"code": "X", "category": "NO-SUCH", "monthsAfterRecord": 1}]}""");
        MvcTestResult noReason = as("admin").put("/api/v1/retention-rules", """
                {"rules": [{"code": "X", "monthsAfterRecord": 1}]}""");
        MvcTestResult noMonths = as("admin").put("/api/v1/retention-rules", """
                {"reason": "x", "rules": [{"code": "X", "category": "%s"}]}""".formatted(category));
        MvcTestResult noRule = as("admin").put("/api/v1/retention-rules", """
                {"reason": "x", "rules": [null]}""");

        assertThat(tooShort).hasStatus(422).hasContentType("application/problem+json");
        assertThat(tooShort).bodyJson().extractingPath("$.field").isEqualTo("rules[1].monthsAfterRecord");
        assertThat(tooShort).bodyJson().extractingPath("$.value").isEqualTo("48");
        assertThat(tooShort).bodyJson().extractingPath("$.rule").isEqualTo("law-minimum");
        assertThat(noExpiryTerm).hasStatus(422).bodyJson().extractingPath("$.field")
                .isEqualTo("rules[0].monthsAfterExpiry");
        assertThat(unknownCategory).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("rules[0].category");
        assertThat(noReason).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("reason");
        assertThat(noMonths).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("rules[0].monthsAfterRecord");
        assertThat(noRule).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("rules[0]");
        assertThat(count("retention_rule_sets")).isEqualTo(before);
    }

    @Test
    void the_report_names_the_longest_rule_the_archive_date_and_what_blocks_the_lot() {
        as("admin").put("/api/v1/retention-rules", lawfulRules());
        String lot = floor.receive(site, item, "10", site.rack(), null);

        // lots are listed in the order they were made, so the new one is on the last page of a shared database
        long total = ((Number) read(as("compliance").get("/api/v1/retention?size=1"), "$.totalElements")).longValue();
        MvcTestResult report = as("compliance").get("/api/v1/retention?size=1&page=" + (total - 1));

        assertThat(report).hasStatus(200);
        String row = "$.content[?(@.lotNumber == '" + lot + "')]";
        assertThat((List<String>) read(report, row + ".rule")).containsExactly("EU-FOOD");
        LocalDate recorded = LocalDate.parse(((List<String>) read(report, row + ".lastRecordedOn")).get(0));
        assertThat((List<String>) read(report, row + ".archivableOn"))
                .containsExactly(recorded.plusMonths(60).toString());
        assertThat((List<Boolean>) read(report, row + ".archivable")).containsExactly(false);
        assertThat((List<String>) read(report, row + ".blockedBy[*]")).containsExactly("stock on hand");
        MvcTestResult byRule = as("admin").get("/api/v1/retention?by=rule");
        assertThat(byRule).hasStatus(200);
        assertThat((List<Integer>) read(byRule, "$[?(@.rule == 'EU-FOOD')].blocked")).containsExactly(1);
        assertThat(as("admin").get("/api/v1/retention?by=lot")).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("by");
    }

    @Test
    void a_period_with_stock_or_an_open_recall_is_refused_and_a_closed_one_is_a_bundle_that_verifies_alone()
            throws Exception {
        as("admin").put("/api/v1/retention-rules", """
                {"reason": "House rule for the test category", "rules": [
                  {"code": "AT-ONCE", "category": "%s", "monthsAfterRecord": 0}]}""".formatted(category));
        String kept = floor.receive(site, item, "10", site.rack(), null);
        String recalled = floor.receive(site, item, "4", site.rack(), null);
        scrap(recalled, "4");
        String today = LocalDate.now().toString();

        MvcTestResult inStock = as("compliance").get("/api/v1/archive?until=" + today);
        assertThat(inStock).hasStatus(409).hasContentType("application/problem+json");
        assertThat(inStock).bodyJson().extractingPath("$.field").isEqualTo("until");
        assertThat(inStock).bodyJson().extractingPath("$.rule").isEqualTo("no-open-recall-or-stock");
        assertThat(Api.body(inStock)).contains(kept + " (stock on hand)");
        scrap(kept, "10");
        String recall = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Listeria swab positive", "scope": {"lots": ["%s"]}}""".formatted(recalled)), "$.code");
        assertThat(Api.body(as("compliance").get("/api/v1/archive?until=" + today)))
                .contains(recalled + " (open recall " + recall + ")");
        assertThat(as("quality").post("/api/v1/recalls/" + recall + "/confirmation", "{}")).hasStatus(201);
        assertThat(as("compliance").get("/api/v1/archive?until=" + today)).hasStatus(409);
        assertThat(as("quality").post("/api/v1/recalls/" + recall + "/closure", """
                {"password": "%s", "summary": "Swab repeated negative"}""".formatted(PASSWORD))).hasStatus(200);
        assertThat(as("compliance").get("/api/v1/archive?until=" + LocalDate.now().plusDays(1))).hasStatus(400)
                .bodyJson().extractingPath("$.rule").isEqualTo("closed-period");
        long entries = count("ledger_entries");

        MvcTestResult archive = as("compliance").get("/api/v1/archive?until=" + today);

        assertThat(archive).hasStatus(200).hasContentType("application/zip");
        Map<String, String> files = unzip(archive.getResponse().getContentAsByteArray());
        assertThat(files).containsKeys("README.txt", "entries.jsonl", "chain.csv", "manifest.json");
        List<Map<String, Object>> archived = files.get("entries.jsonl").lines().map(this::object).toList();
        assertThat(archived).extracting(e -> e.get("lotNumber")).containsOnly(kept, recalled);
        assertThat(archived).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> entry : archived) {
            assertThat(recipeHash((Map<String, Object>) entry.get("fields"))).isEqualTo(entry.get("hash"));
        }
        List<String[]> chain = files.get("chain.csv").lines().skip(1).map(line -> line.split(",")).toList();
        String previous = "0".repeat(64);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i)[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(chain.get(i)[1]).isEqualTo(previous);
            previous = chain.get(i)[2];
        }
        for (Map<String, Object> entry : archived) {
            String[] link = chain.get(((Number) entry.get("seq")).intValue() - 1);
            assertThat(link[2]).isEqualTo(entry.get("hash"));
            assertThat(link[1]).isEqualTo(((Map<String, Object>) entry.get("fields")).get("prev"));
        }
        Map<String, Object> manifest = object(files.get("manifest.json"));
        assertThat(((Map<String, Object>) manifest.get("chainHead")).get("hash")).isEqualTo(previous);
        assertThat(((Map<String, Object>) manifest.get("chainAfter")).get("hash"))
                .isEqualTo(archived.get(archived.size() - 1).get("hash"));
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    private void scrap(String lot, String amount) {
        assertThat(as("operator").post("/api/v1/scraps", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"},
                 "reasonCode": "EXPIRED"}""".formatted(lot, amount, site.rack()))).hasStatus(201);
    }

    private String lawfulRules() {
        return """
                {"reason": "FSMA 204 and EU food law", "rules": [
                  {"code": "FSMA", "law": "FSMA_204", "monthsAfterRecord": 24},
                  {"code": "EU-FOOD", "category": "%s", "law": "EU_FOOD", "monthsAfterRecord": 60,
                   "monthsAfterExpiry": 6}]}""".formatted(category);
    }

    /** The hash recipe of the bundle's README.txt, written from the text alone. */
    private static String recipeHash(Map<String, Object> fields) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            text.append(field.getKey()).append(':');
            text.append(value == null ? "-;" : value.toString().length() + ":" + value + ";");
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Object> object(String line) {
        return json.readValue(line, LinkedHashMap.class);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
