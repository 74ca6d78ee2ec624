package io.lotline.receiving;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class ReceivingIT extends IntegrationTest {
    private Floor.Site site;
    private LocalDate today;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
        today = LocalDate.now();
    }

    private String receipt(String lines) {
        return """
                {"supplier": "%s", "purchaseOrder": "PO-4711", "lines": [%s]}""".formatted(site.supplier(), lines);
    }

    private String line(String sku, String amount, String unit, String extra) {
        return """
                {"sku": "%s", "quantity": {"amount": %s, "unit": "%s"}, "destination": {"location": "%s"}%s}"""
                .formatted(sku, amount, unit, site.dock(), extra == null ? "" : ", " + extra);
    }

    @Test
    void a_receipt_creates_a_lot_with_a_generated_number_and_keeps_the_supplier_lot_verbatim() {
        int n = Floor.next();
        assertThat(as("supervisor").post("/api/v1/lot-number-formats", """
                {"code": "R%d", "pattern": "R{YYYY}{MM}{DD}-{SEQ:5}"}""".formatted(n))).hasStatus(201);
        Item flour = floor.anItem().shelfLife(180).lotNumberFormat("R" + n).register();

        MvcTestResult result = as("operator").post("/api/v1/receipts", receipt(line(flour.sku(), "1000", "KG",
                "\"supplierLot\": \" l0t-7/a \", \"productionDate\": \"%s\", \"certificates\": [\"COA-1\"]"
                        .formatted(today.minusDays(2)))));

        assertThat(result).hasStatus(201);
        String lotNumber = read(result, "$.lots[0].lotNumber");
        assertThat(lotNumber).isEqualTo("R" + today.toString().replace("-", "") + "-00001");
        assertThat((String) read(result, "$.lots[0].supplierLot")).isEqualTo(" l0t-7/a ");
        assertThat((String) read(result, "$.lots[0].expiryDate")).isEqualTo(today.minusDays(2).plusDays(180).toString());
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lotNumber);
        assertThat(dossier).hasStatus(200);
        assertThat((List<String>) read(dossier, "$.lot.certificates")).containsExactly("COA-1");
        assertThat(amount(dossier, "$.onHand.amount")).isEqualByComparingTo("1000.0");
        assertThat((String) read(dossier, "$.history[0].type")).isEqualTo("RECEIPT");
        assertThat((String) read(dossier, "$.history[0].references.purchaseOrder")).isEqualTo("PO-4711");
        assertThat((String) read(dossier, "$.history[0].party")).isEqualTo(site.supplier());
        assertThat((String) read(dossier, "$.history[0].actor")).isEqualTo("operator");
    }

    @Test
    void alternative_units_convert_exactly_into_the_base_unit() {
        Item cups = floor.anItem().keptIn("EA").alsoIn("CASE", "12").register();

        MvcTestResult result = as("operator").post("/api/v1/receipts", receipt(line(cups.sku(), "3", "CASE", null)));

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.lots[0].baseQuantity").isEqualTo(
                java.util.Map.of("amount", 36, "unit", "EA"));
    }

    @Test
    void a_short_dated_lot_is_refused_unless_quality_overrides_with_a_reason() {
        Item milk = floor.anItem().shelfLife(20).minimumShelfLifeAtReceipt(10).register();
        String shortDated = line(milk.sku(), "50", "KG", "\"expiryDate\": \"%s\"".formatted(today.plusDays(4)));

        MvcTestResult refused = as("operator").post("/api/v1/receipts", receipt(shortDated));
        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("lines[0].expiryDate");
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("min-remaining-shelf-life-at-receipt");

        String overridden = line(milk.sku(), "50", "KG", "\"expiryDate\": \"%s\", \"shelfLifeOverrideReason\": \"%s\""
                .formatted(today.plusDays(4), "Used in tomorrow's batch"));
        assertThat(as("operator").post("/api/v1/receipts", receipt(overridden))).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("override-needs-quality-role");

        MvcTestResult accepted = as("quality").post("/api/v1/receipts", receipt(overridden));
        assertThat(accepted).hasStatus(201);
        assertThat((String) read(accepted, "$.lots[0].shelfLifeOverride")).isEqualTo("Used in tomorrow's batch");
        String lot = read(accepted, "$.lots[0].lotNumber");
        assertThat((String) read(as("operator").get("/api/v1/lots/" + lot), "$.history[0].note"))
                .contains("Shelf-life override by quality", "Used in tomorrow's batch");
    }

    @Test
    void new_lots_start_in_quarantine_when_the_item_says_so() {
        Item yeast = floor.anItem().quarantinedOnReceipt().register();

        MvcTestResult result = as("operator").post("/api/v1/receipts", receipt(line(yeast.sku(), "5", "KG", null)));

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.lots[0].status").isEqualTo("QUARANTINE");
    }

    @Test
    void a_typed_lot_number_must_follow_the_items_format_and_the_error_says_which_part_failed() {
        int n = Floor.next();
        assertThat(as("supervisor").post("/api/v1/lot-number-formats", """
                {"code": "F%d", "pattern": "B{YY}{JJJ}-{SEQ:3}", "description": "bakery"}""".formatted(n)))
                .hasStatus(201);
        Item butter = floor.anItem().lotNumberFormat("F" + n).register();

        MvcTestResult wrong = as("operator").post("/api/v1/receipts",
                receipt(line(butter.sku(), "5", "KG", "\"lotNumber\": \"B26400-001\"")));
        assertThat(wrong).hasStatus(400);
        assertThat(wrong).bodyJson().extractingPath("$.field").isEqualTo("lines[0].lotNumber");
        assertThat(wrong).bodyJson().extractingPath("$.rule").isEqualTo("lot-number-format");
        assertThat((String) read(wrong, "$.detail")).contains("{JJJ}");

        MvcTestResult badPart = as("operator").post("/api/v1/receipts",
                receipt(line(butter.sku(), "5", "KG", "\"lotNumber\": \"B26100/001\"")));
        assertThat((String) read(badPart, "$.detail")).contains("part '-' at position 7");

        String typed = "B26100-%03d".formatted(n % 1000);
        MvcTestResult right = as("operator").post("/api/v1/receipts",
                receipt(line(butter.sku(), "5", "KG", "\"lotNumber\": \"%s\"".formatted(typed))));
        assertThat(right).hasStatus(201).bodyJson().extractingPath("$.lots[0].lotNumber").isEqualTo(typed);

        MvcTestResult generated = as("operator").post("/api/v1/receipts", receipt(line(butter.sku(), "5", "KG", null)));
        assertThat((String) read(generated, "$.lots[0].lotNumber")).matches("B\\d{5}-\\d{3}");

        MvcTestResult again = as("operator").post("/api/v1/receipts",
                receipt(line(butter.sku(), "5", "KG", "\"lotNumber\": \"%s\"".formatted(typed))));
        assertThat(again).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("lot-number-unique");
    }

    @Test
    void serial_numbers_are_captured_as_a_range_and_are_unique_per_item() {
        Item scanner = floor.anItem().bySerial().register();

        MvcTestResult received = as("operator").post("/api/v1/receipts",
                receipt(line(scanner.sku(), "3", "EA", "\"serialRange\": \"SN-0007-SN-0009\"")));
        assertThat(received).hasStatus(201);
        String lot = read(received, "$.lots[0].lotNumber");
        assertThat((List<String>) read(as("operator").get("/api/v1/lots/" + lot), "$.history[0].serials"))
                .containsExactly("SN-0007", "SN-0008", "SN-0009");

        MvcTestResult twice = as("operator").post("/api/v1/receipts",
                receipt(line(scanner.sku(), "1", "EA", "\"serials\": [\"SN-0008\"]")));
        assertThat(twice).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("serial-unique");

        MvcTestResult miscounted = as("operator").post("/api/v1/receipts",
                receipt(line(scanner.sku(), "2", "EA", "\"serials\": [\"SN-0100\"]")));
        assertThat(miscounted).hasStatus(400).bodyJson().extractingPath("$.rule")
                .isEqualTo("serial-count-matches-quantity");
    }

    @Test
    void a_replayed_idempotency_key_books_once_and_a_different_payload_is_refused() {
        Item salt = floor.anItem().register();
        String key = UUID.randomUUID().toString();
        long entriesBefore = count("ledger_entries");

        MvcTestResult first = as("operator").post("/api/v1/receipts", key, receipt(line(salt.sku(), "10", "KG", null)));
        MvcTestResult replay = as("operator").post("/api/v1/receipts", key, receipt(line(salt.sku(), "10", "KG", null)));
        MvcTestResult other = as("operator").post("/api/v1/receipts", key, receipt(line(salt.sku(), "11", "KG", null)));

        assertThat(first).hasStatus(201);
        assertThat(replay).hasStatus(201);
        assertThat((String) read(replay, "$.lots[0].lotNumber")).isEqualTo(read(first, "$.lots[0].lotNumber"));
        assertThat(other).hasStatus(409).bodyJson().extractingPath("$.field").isEqualTo("Idempotency-Key");
        assertThat(count("ledger_entries")).isEqualTo(entriesBefore + 1);
    }

    @Test
    void bad_input_gets_a_problem_naming_field_value_and_rule_and_books_nothing() {
        Item oats = floor.anItem().register();
        long entries = count("ledger_entries");
        long lots = count("lots");
        String good = line(oats.sku(), "10", "KG", null);

        record Case(String body, int status, String field, String rule) {
        }
        List<Case> cases = List.of(
                new Case(receipt(good + "," + line("NO-SUCH-ITEM", "1", "KG", null)), 404, "lines[1].sku", "must-exist"),
                new Case(receipt(line(oats.sku(), "0", "KG", null)), 400, "lines[0].quantity", "quantity-positive"),
                new Case(receipt(line(oats.sku(), "-5", "KG", null)), 400, "lines[0].quantity",
                        "quantity-not-negative"),
                new Case(receipt(line(oats.sku(), "5", "LB", null)), 400, "lines[0].quantity.unit",
                        "unit-allowed-for-item"),
                new Case(receipt(line(oats.sku(), "5", "KG", "\"productionDate\": \"2026-05-01\", "
                        + "\"expiryDate\": \"2026-04-01\"")), 400, "lines[0].expiryDate", "expiry-not-before-production"),
                new Case(receipt(good.replace(site.dock(), "NOWHERE")), 404, "lines[0].location", "must-exist"),
                new Case(receipt(good).replace(site.supplier(), site.customer()), 422, "supplier", "party-role"),
                new Case("{\"supplier\": \"x\", \"lines\": [", 400, null, "well-formed-json"),
                new Case(receipt(good).replace("\"purchaseOrder\"", "\"purchaseOrdr\""), 400, "purchaseOrdr",
                        "unknown-property"));

        for (Case bad : cases) {
            MvcTestResult result = as("operator").post("/api/v1/receipts", bad.body());
            assertThat(result).as(bad.body()).hasStatus(bad.status())
                    .hasContentType("application/problem+json");
            assertThat((String) read(result, "$.rule")).as(bad.body()).isEqualTo(bad.rule());
            if (bad.field() != null) {
                assertThat((String) read(result, "$.field")).as(bad.body()).isEqualTo(bad.field());
            }
        }
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(count("lots")).isEqualTo(lots);
    }

    @Test
    void a_booking_without_an_idempotency_key_is_refused() {
        Item oats = floor.anItem().register();

        MvcTestResult result = as("operator").post("/api/v1/receipts", null, receipt(line(oats.sku(), "1", "KG", null)));

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("Idempotency-Key");
    }

    @Test
    void an_item_with_a_wrong_gtin_check_digit_is_refused() {
        MvcTestResult result = as("supervisor").post("/api/v1/items", """
                {"sku": "GTIN-%d", "gtin": "4012345000008", "description": "x", "baseUnit": "KG"}"""
                .formatted(Floor.next()));

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("gtin");
        assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("gtin-check-digit");
        assertThat(result).bodyJson().extractingPath("$.value").isEqualTo("4012345000008");
    }
}
