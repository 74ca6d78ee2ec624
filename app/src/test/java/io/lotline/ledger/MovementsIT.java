package io.lotline.ledger;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class MovementsIT extends IntegrationTest {
    private Floor.Site site;
    private Item flour;

    @BeforeEach
    void aSiteWithFlour() {
        site = floor.aSite();
        flour = floor.anItem().alsoIn("BAG", "25").register();
    }

    private List<Map<String, Object>> balances(String lot) {
        return read(as("operator").get("/api/v1/lots/" + lot), "$.balances");
    }

    /** Where the lot lies, as "LOCATION=amount" with exact amounts. */
    private List<String> onHand(String lot) {
        return balances(lot).stream().map(b -> b.get("location") + "=" + new java.math.BigDecimal(
                ((Map<?, ?>) b.get("quantity")).get("amount").toString()).stripTrailingZeros().toPlainString()).toList();
    }

    private String transfer(String lot, String amount, String unit, String from, String fromPallet, String to,
                            String toPallet) {
        return """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"},
                 "from": {"location": "%s", "pallet": %s}, "to": {"location": "%s", "pallet": %s}}"""
                .formatted(lot, amount, unit, from, quoted(fromPallet), to, quoted(toPallet));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void a_transfer_moves_stock_between_locations_and_pallets_in_one_entry() {
        String lot = floor.receive(site, flour, "1000", site.dock(), "LP-" + Floor.next());
        String pallet = balances(lot).get(0).get("pallet").toString();

        MvcTestResult moved = as("operator").post("/api/v1/transfers",
                transfer(lot, "8", "BAG", site.dock(), pallet, site.rack(), "LP-NEW-" + Floor.next()));

        assertThat(moved).hasStatus(201);
        assertThat((String) read(moved, "$.entries[0].type")).isEqualTo("TRANSFER");
        assertThat(amount(moved, "$.entries[0].baseQuantity.amount")).isEqualByComparingTo("200.0");
        assertThat(onHand(lot)).containsExactlyInAnyOrder(site.dock() + "=800", site.rack() + "=200");
    }

    @Test
    void moving_more_than_is_on_hand_is_refused_and_nothing_moves() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        long entries = count("ledger_entries");

        MvcTestResult refused = as("operator").post("/api/v1/transfers",
                transfer(lot, "100.000001", "KG", site.dock(), null, site.rack(), null));

        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-on-hand");
        assertThat((String) read(refused, "$.detail")).contains("has 100 KG at " + site.dock());
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(balances(lot)).hasSize(1);
    }

    @Test
    void moving_a_lot_from_a_place_where_it_is_not_is_refused() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);

        MvcTestResult refused = as("operator").post("/api/v1/transfers",
                transfer(lot, "1", "KG", site.rack(), null, site.dock(), null));

        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("lot-at-place");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("from.location");
    }

    @Test
    void scrap_needs_a_reason_and_takes_the_stock() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        String scrap = """
                {"lotNumber": "%s", "quantity": {"amount": 2.5, "unit": "KG"}, "from": {"location": "%s"}%s}""";

        assertThat(as("operator").post("/api/v1/scraps", scrap.formatted(lot, site.dock(), "")))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("reasonCode");
        assertThat(as("operator").post("/api/v1/scraps",
                scrap.formatted(lot, site.dock(), ", \"reasonCode\": \"TORN_BAG\""))).hasStatus(201);

        assertThat(onHand(lot)).containsExactly(site.dock() + "=97.5");
    }

    @Test
    void a_count_books_the_difference_as_an_adjustment_and_a_matching_count_is_recorded_too() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        String count = """
                {"lotNumber": "%s", "at": {"location": "%s"}, "counted": {"amount": %s, "unit": "KG"}}""";

        MvcTestResult less = as("operator").post("/api/v1/counts", count.formatted(lot, site.dock(), "96"));
        MvcTestResult same = as("operator").post("/api/v1/counts", count.formatted(lot, site.dock(), "96"));

        assertThat(less).hasStatus(201);
        assertThat(amount(less, "$.entries[0].quantity.amount")).isEqualByComparingTo("4.0");
        assertThat((String) read(less, "$.entries[0].from.location")).isEqualTo(site.dock());
        assertThat((String) read(same, "$.entries[0].reasonCode")).isEqualTo("COUNT_CONFIRMED");
        assertThat(onHand(lot)).containsExactly(site.dock() + "=96");
    }

    @Test
    void a_shipment_names_the_customer_and_only_released_unexpired_lots_ship() {
        Item cheese = floor.anItem().shelfLife(60).quarantinedOnReceipt().register();
        String lot = floor.receive(site, cheese, "40", site.rack(), null, LocalDate.now().plusDays(30));
        String ship = """
                {"lotNumber": "%s", "quantity": {"amount": 10, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"customerOrder": "SO-1", "deliveryNote": "DN-9"}}"""
                .formatted(lot, site.rack(), site.customer());

        MvcTestResult quarantined = as("operator").post("/api/v1/shipments", ship);
        assertThat(quarantined).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("lot-released");

        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status",
                "{\"status\": \"RELEASED\", \"reason\": \"CoA checked\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("release-needs-signature");
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/decision",
                "{\"password\": \"%s\", \"meaning\": \"APPROVED\", \"comment\": \"CoA checked\"}"
                        .formatted(PASSWORD))).hasStatus(201);
        MvcTestResult shipped = as("operator").post("/api/v1/shipments", ship);

        assertThat(shipped).hasStatus(201);
        assertThat((String) read(shipped, "$.entries[0].party")).isEqualTo(site.customer());
        assertThat((String) read(shipped, "$.entries[0].references.deliveryNote")).isEqualTo("DN-9");
    }

    @Test
    void a_lot_not_released_stays_in_its_quarantine_area() {
        Item spice = floor.anItem().quarantinedOnReceipt().register();
        String lot = floor.receive(site, spice, "10", site.quarantine(), null);

        MvcTestResult refused = as("operator").post("/api/v1/transfers",
                transfer(lot, "1", "KG", site.quarantine(), null, site.rack(), null));

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("quarantine-until-released");
    }

    @Test
    void a_reversal_books_the_opposite_entry_and_the_history_shows_both() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        MvcTestResult moved = as("operator").post("/api/v1/transfers",
                transfer(lot, "30", "KG", site.dock(), null, site.rack(), null));
        Integer transferId = read(moved, "$.entries[0].id");

        MvcTestResult reversal = as("supervisor").post("/api/v1/entries/" + transferId + "/reversal",
                "{\"reason\": \"Booked on the wrong rack\"}");
        MvcTestResult twice = as("supervisor").post("/api/v1/entries/" + transferId + "/reversal",
                "{\"reason\": \"again\"}");

        assertThat(reversal).hasStatus(201);
        assertThat((Integer) read(reversal, "$.entries[0].correctsEntryId")).isEqualTo(transferId);
        assertThat(twice).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("entry-already-reversed");
        assertThat(onHand(lot)).containsExactly(site.dock() + "=100");
        List<String> types = read(as("operator").get("/api/v1/lots/" + lot), "$.history[*].type");
        assertThat(types).containsExactly("RECEIPT", "TRANSFER", "CORRECTION");
        assertThat(as("operator").post("/api/v1/entries/" + transferId + "/reversal", "{\"reason\": \"x\"}"))
                .hasStatus(403);
    }

    @Test
    void a_second_reversal_of_a_receipt_names_the_entry_and_the_rule_and_books_nothing() {
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        Integer receiptId = read(as("operator").get("/api/v1/lots/" + lot), "$.history[0].id");
        assertThat(as("supervisor").post("/api/v1/entries/" + receiptId + "/reversal",
                "{\"reason\": \"Received on the wrong purchase order\"}")).hasStatus(201);

        MvcTestResult twice = as("supervisor").post("/api/v1/entries/" + receiptId + "/reversal",
                "{\"reason\": \"Received on the wrong purchase order\"}");

        assertThat(twice).hasStatus(409);
        assertThat(twice).bodyJson().extractingPath("$.field").isEqualTo("entryId");
        assertThat(twice).bodyJson().extractingPath("$.value").isEqualTo(String.valueOf(receiptId));
        assertThat(twice).bodyJson().extractingPath("$.rule").isEqualTo("entry-already-reversed");
        List<String> types = read(as("operator").get("/api/v1/lots/" + lot), "$.history[*].type");
        assertThat(types).containsExactly("RECEIPT", "CORRECTION");
    }

    @Test
    void a_mistyped_expiry_date_is_corrected_by_an_entry_and_the_original_stays_visible() {
        Item milk = floor.anItem().shelfLife(10).register();
        String lot = floor.receive(site, milk, "10", site.dock(), null, LocalDate.now().plusDays(9));
        String corrected = LocalDate.now().plusDays(8).toString();

        MvcTestResult correction = as("quality").post("/api/v1/lots/" + lot + "/corrections",
                "{\"attribute\": \"EXPIRY_DATE\", \"value\": \"%s\", \"reason\": \"Typo at receipt\"}"
                        .formatted(corrected));

        assertThat(correction).hasStatus(201);
        MvcTestResult dossier = as("operator").get("/api/v1/lots/" + lot);
        assertThat((String) read(dossier, "$.lot.expiryDate")).isEqualTo(corrected);
        assertThat((String) read(dossier, "$.history[1].change.oldValue"))
                .isEqualTo(LocalDate.now().plusDays(9).toString());
        assertThat((String) read(dossier, "$.history[1].change.newValue")).isEqualTo(corrected);
        assertThat((String) read(dossier, "$.history[1].actor")).isEqualTo("quality");
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/corrections",
                "{\"attribute\": \"EXPIRY_DATE\", \"value\": \"31.12.2026\", \"reason\": \"x\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("iso-date");
    }

    @Test
    void an_unknown_lot_is_a_404_problem() {
        MvcTestResult missing = as("operator").get("/api/v1/lots/NO-SUCH-LOT");

        assertThat(missing).hasStatus(404).hasContentType("application/problem+json");
        assertThat(missing).bodyJson().extractingPath("$.value").isEqualTo("NO-SUCH-LOT");
    }

    @Test
    void stock_lists_are_paged() {
        String lot = floor.receive(site, flour, "5", site.dock(), null);
        floor.receive(site, flour, "6", site.dock(), null);

        MvcTestResult page = as("operator").get("/api/v1/stock?location=" + site.dock() + "&size=1");

        assertThat(page).hasStatus(200);
        assertThat((Integer) read(page, "$.totalElements")).isEqualTo(2);
        assertThat((List<?>) read(page, "$.content")).hasSize(1);
        assertThat(as("operator").get("/api/v1/stock?size=100000")).hasStatus(400);
        assertThat(lot).isNotBlank();
    }
}
