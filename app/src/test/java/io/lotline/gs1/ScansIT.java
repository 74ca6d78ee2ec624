package io.lotline.gs1;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gtin;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/v1/scans}: what the handheld scanned, and what it names in Lotline. */
class ScansIT extends IntegrationTest {
    private static final String GS = "\\u001d";

    @Autowired
    private Catalog catalog;
    @Autowired
    private Receiving receiving;

    private Floor.Site site;
    private Item flour;

    @BeforeEach
    void aSiteAndAnItemWithAGtin() {
        site = floor.aSite();
        flour = catalog.registerItem(new NewItem("FLOUR-" + Floor.next(), new Gtin(withCheckDigit("409" + digits(10))),
                "Wheat flour", UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, 365, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void a_suppliers_gs1_128_label_finds_the_lot_it_was_received_as() {
        String supplierLot = "M" + Floor.next() + "/A";
        String lot = receive(supplierLot, null);

        MvcTestResult answer = scan("]C101" + gtin() + "10" + supplierLot + GS + "17271231");

        assertThat(answer).hasStatus(200);
        assertThat((String) read(answer, "$.form")).isEqualTo("RAW");
        assertThat((String) read(answer, "$.symbology")).isEqualTo("GS1-128");
        assertThat((List<String>) read(answer, "$.elements[*].ai")).containsExactly("01", "10", "17");
        assertThat((String) read(answer, "$.elements[2].title")).isEqualTo("USE BY or EXPIRY");
        assertThat((String) read(answer, "$.item.sku")).isEqualTo(flour.sku());
        assertThat((List<String>) read(answer, "$.lots[*].lotNumber")).containsExactly(lot);
        assertThat((String) read(answer, "$.lots[0].matchedBy")).isEqualTo("supplier lot");
        assertThat((String) read(answer, "$.lots[0].supplier")).isEqualTo(site.supplier());
        assertThat((Boolean) read(answer, "$.ambiguous")).isFalse();
    }

    @Test
    void a_digital_link_qr_code_finds_what_its_element_string_finds() {
        String supplierLot = "DL" + Floor.next();
        String lot = receive(supplierLot, null);

        MvcTestResult bracketed = scan("(01)" + gtin() + "(10)" + supplierLot);
        MvcTestResult link = scan("]Q1https://id.gs1.org/01/" + gtin() + "/10/" + supplierLot + "?17=271231");

        assertThat((String) read(link, "$.form")).isEqualTo("DIGITAL_LINK");
        assertThat((List<String>) read(link, "$.lots[*].lotNumber")).containsExactly(lot)
                .isEqualTo(read(bracketed, "$.lots[*].lotNumber"));
        assertThat((String) read(link, "$.item.sku")).isEqualTo(flour.sku());
    }

    @Test
    void lotlines_own_label_finds_the_lot_by_its_number() {
        String lot = receive("X" + Floor.next(), null);

        MvcTestResult answer = scan("(01)" + gtin() + "(10)" + lot);

        assertThat((List<String>) read(answer, "$.lots[*].lotNumber")).containsExactly(lot);
        assertThat((String) read(answer, "$.lots[0].matchedBy")).isEqualTo("lot number");
    }

    @Test
    void one_supplier_lot_received_twice_asks_which_listing_both() {
        String supplierLot = "TWICE" + Floor.next();
        String first = receive(supplierLot, null);
        String second = receive(supplierLot, null);

        MvcTestResult answer = scan("(01)" + gtin() + "(10)" + supplierLot);

        assertThat(answer).hasStatus(200);
        assertThat((Boolean) read(answer, "$.ambiguous")).isTrue();
        assertThat((List<String>) read(answer, "$.lots[*].lotNumber")).containsExactlyInAnyOrder(first, second);
        assertThat((String) read(answer, "$.question")).contains(first, second, "Which one");
    }

    @Test
    void an_sscc_finds_the_pallet_and_what_lies_on_it() {
        String sscc = withCheckDigit("0409" + digits(13));
        String lot = receive("P" + Floor.next(), sscc);

        MvcTestResult answer = scan("(00)" + sscc);

        assertThat((String) read(answer, "$.pallet.code")).isEqualTo(sscc);
        assertThat((List<String>) read(answer, "$.pallet.contents[*].lotNumber")).containsExactly(lot);
        assertThat((String) read(answer, "$.pallet.contents[0].location")).isEqualTo(site.rack());
        assertThat(new java.math.BigDecimal(read(answer, "$.pallet.contents[0].quantity").toString()))
                .isEqualByComparingTo("40");
    }

    @Test
    void plain_text_finds_a_licence_plate_a_location_or_a_lot_number() {
        String plate = "LP-S" + Floor.next();
        String lot = receive("Q" + Floor.next(), plate);

        assertThat((String) read(scan(plate), "$.pallet.code")).isEqualTo(plate);
        assertThat((String) read(scan(site.rack()), "$.place.code")).isEqualTo(site.rack());
        assertThat((List<String>) read(scan(lot), "$.lots[*].lotNumber")).containsExactly(lot);
        assertThat((String) read(scan(lot), "$.form")).isEqualTo("PLAIN");
    }

    @Test
    void a_code_that_names_nothing_in_lotline_answers_with_its_elements_and_no_match() {
        MvcTestResult answer = scan("(01)" + withCheckDigit("408" + digits(10)) + "(89)NEW-AI");

        assertThat(answer).hasStatus(200);
        assertThat((Boolean) read(answer, "$.matchesNothing")).isTrue();
        assertThat((Boolean) read(answer, "$.elements[1].known")).isFalse();
    }

    @Test
    void a_wrong_check_digit_is_refused_naming_the_element_and_the_rule_and_nothing_is_looked_up() {
        String wrong = gtin().substring(0, 13) + ((gtin().charAt(13) - '0' + 1) % 10);

        MvcTestResult refused = scan("(01)" + wrong + "(10)L1");

        assertThat(refused).hasStatus(400);
        assertThat((String) read(refused, "$.field")).isEqualTo("code");
        assertThat((String) read(refused, "$.value")).isEqualTo("(01)" + wrong);
        assertThat((String) read(refused, "$.rule")).isEqualTo("gs1-incorrect-check-digit");
    }

    @Test
    void an_impossible_date_an_excluded_pair_and_a_link_without_a_gs1_key_are_refused() {
        assertThat((String) read(scan("(01)" + gtin() + "(17)271301"), "$.rule")).isEqualTo("gs1-illegal-month");
        assertThat((String) read(scan("(01)" + gtin() + "(37)5"), "$.rule")).isEqualTo("gs1-invalid-ai-pair");
        assertThat((String) read(scan("https://id.example.com/product/" + gtin()), "$.rule"))
                .isEqualTo("gs1-digital-link-primary-key");
        assertThat(scan("")).hasStatus(400);
    }

    @Test
    void receiving_by_the_suppliers_label_books_the_item_its_lot_dates_and_net_weight_which_a_scan_then_finds() {
        String supplierLot = "RCV" + Floor.next();
        String label = "]C101" + gtin() + "11260115" + "17270100" + "3102025050" + "10" + supplierLot;

        MvcTestResult received = as("operator").post("/api/v1/receipts/labels", """
                {"supplier": "%s", "label": "%s", "destination": {"location": "%s"}}"""
                .formatted(site.supplier(), label, site.rack()));

        assertThat(received).hasStatus(201);
        String lot = read(received, "$.lots[0].lotNumber");
        MvcTestResult found = scan("(01)" + gtin() + "(10)" + supplierLot);
        assertThat((List<String>) read(found, "$.lots[*].lotNumber")).containsExactly(lot);
        assertThat((String) read(found, "$.lots[0].expiryDate")).isEqualTo("2027-01-31");
        assertThat(jdbc.sql("select quantity from stock_balances b join lots l on l.id = b.lot_id where l.lot_number = ?")
                .param(lot).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("250.50");
    }

    @Test
    void a_supplier_label_with_an_impossible_date_books_nothing() {
        long lots = count("lots");

        MvcTestResult refused = as("operator").post("/api/v1/receipts/labels", """
                {"supplier": "%s", "label": "(01)%s(17)271332(30)5(10)X", "destination": {"location": "%s"}}"""
                .formatted(site.supplier(), gtin(), site.rack()));

        assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("label");
        assertThat((String) read(refused, "$.value")).isEqualTo("(17)271332");
        assertThat(count("lots")).isEqualTo(lots);
    }

    private MvcTestResult scan(String code) {
        return as("operator").post("/api/v1/scans", "{\"code\": \"" + code + "\"}");
    }

    private String receive(String supplierLot, String pallet) {
        ReceiveGoods.Line line = new ReceiveGoods.Line(flour.sku(), Quantity.of("40", "KG"), null, supplierLot,
                null, LocalDate.now().plusDays(200), new Place(site.rack(), pallet), List.of(), List.of(), null, null);
        return receiving.receive(new BookingContext(UUID.randomUUID().toString(), null),
                new ReceiveGoods(site.supplier(), "PO-SCAN", List.of(line))).lots().get(0).lotNumber();
    }

    private String gtin() {
        return flour.gtin().value();
    }

    private static String digits(int count) {
        String number = String.valueOf(System.nanoTime() % (long) Math.pow(10, Math.min(count, 18)));
        return "0".repeat(Math.max(0, count - number.length())) + number.substring(Math.max(0, number.length() - count));
    }

    private static String withCheckDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
