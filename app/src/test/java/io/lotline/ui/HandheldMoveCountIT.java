package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.Balance;
import io.lotline.ledger.Ledger;
import io.lotline.lots.Lots;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Moving and counting on the handheld without a browser: what a scan shows, the booking it makes through the
 * API's transfer and count, a double submit that books once, and wrong scans refused beside their field.
 */
class HandheldMoveCountIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Autowired
    Lots lots;

    @Autowired
    Ledger ledger;

    Floor.Site site;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
    }

    @Test
    void scanning_a_pallet_shows_its_lots_and_a_double_submit_moves_the_whole_pallet_once() {
        Item item = item(InitialLotStatus.RELEASED);
        String pallet = "LP-M" + Floor.next();
        String first = floor.receive(site, item, "40", site.dock(), pallet);
        String second = floor.receive(site, item, "10", site.dock(), pallet);

        MvcTestResult scanned = mvc.get().uri("/handheld/move").param("from", pallet)
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(scanned).hasStatusOk();
        assertThat(Api.body(scanned)).contains(first).contains(second)
                .contains("Take pallet " + pallet + " and scan its destination");

        String key = "move-" + UUID.randomUUID();
        for (int submit = 0; submit < 2; submit++) {
            MvcTestResult moved = withStock(post("/handheld/move", "operator", "OPERATOR"), List.of(
                    new Balance(first, item.sku(), site.dock(), pallet, quantity("40")),
                    new Balance(second, item.sku(), site.dock(), pallet, quantity("10"))))
                    .param("idempotencyKey", key).param("to", site.rack()).exchange();
            assertThat(moved).hasStatusOk();
            assertThat(Api.body(moved)).contains("Moved 40 KG of lot " + first + " to " + site.rack())
                    .contains("Moved 10 KG of lot " + second);
        }
        assertThat(ledger.onPallet(pallet)).extracting(Balance::lotNumber, Balance::location, b -> amount(b))
                .containsExactlyInAnyOrder(tuple(first, site.rack(), "40"), tuple(second, site.rack(), "10"));
    }

    @Test
    void part_of_a_loose_lot_moves_when_its_location_and_lot_are_scanned() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "25", site.dock(), null);
        assertThat(mvc.get().uri("/handheld/move").param("from", site.dock())
                .with(user("supervisor").roles("SUPERVISOR")).exchange()).hasStatusOk().bodyText()
                .contains("Scan the lot to move from " + site.dock());
        assertThat(mvc.get().uri("/handheld/move").param("from", site.dock()).param("lot", lot)
                .with(user("supervisor").roles("SUPERVISOR")).exchange()).hasStatusOk().bodyText().contains(lot);

        assertThat(withStock(post("/handheld/move", "supervisor", "SUPERVISOR"),
                List.of(new Balance(lot, item.sku(), site.dock(), null, quantity("25"))))
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("to", site.rack()).param("quantity", "5,5")
                .exchange()).hasStatusOk();
        assertThat(balances(lot)).extracting(Balance::location, HandheldMoveCountIT::amount)
                .containsExactlyInAnyOrder(tuple(site.dock(), "19.5"), tuple(site.rack(), "5.5"));
    }

    @Test
    void a_quantity_above_what_lies_there_is_refused_beside_the_quantity_and_moves_nothing() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.dock(), null);
        MvcTestResult refused = withStock(post("/handheld/move", "operator", "OPERATOR"),
                List.of(new Balance(lot, item.sku(), site.dock(), null, quantity("10"))))
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("to", site.rack()).param("quantity", "12")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("id=\"quantity-error\"").contains("Lot " + lot + " has 10 KG at")
                .contains("Nothing moved");
        assertThat(balances(lot)).extracting(Balance::location, HandheldMoveCountIT::amount)
                .containsExactly(tuple(site.dock(), "10"));
    }

    @Test
    void a_lot_that_quality_has_not_released_stays_in_quarantine_and_the_reason_is_beside_the_scan() {
        Item item = item(InitialLotStatus.QUARANTINE);
        String lot = floor.receive(site, item, "10", site.quarantine(), null);
        MvcTestResult refused = withStock(post("/handheld/move", "operator", "OPERATOR"),
                List.of(new Balance(lot, item.sku(), site.quarantine(), null, quantity("10"))))
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("to", site.rack()).exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(refused)).contains("id=\"from-error\"").contains("Lot " + lot + " is QUARANTINE");
        assertThat(balances(lot)).extracting(Balance::location).containsExactly(site.quarantine());
    }

    @Test
    void an_unknown_scan_or_destination_is_refused_beside_its_field() {
        MvcTestResult unknown = mvc.get().uri("/handheld/move").param("from", "NO-SUCH-CODE")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Api.body(unknown)).contains("id=\"from-error\"").contains("NO-SUCH-CODE");

        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.dock(), null);
        MvcTestResult nowhere = withStock(post("/handheld/move", "operator", "OPERATOR"),
                List.of(new Balance(lot, item.sku(), site.dock(), null, quantity("10"))))
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("to", "NO-SUCH-PLACE").exchange();
        assertThat(Api.body(nowhere)).contains("id=\"to-error\"").contains("NO-SUCH-PLACE");

        MvcTestResult altered = post("/handheld/move", "operator", "OPERATOR").param("stock0.lot", lot)
                .param("stock0.sku", item.sku()).param("stock0.location", site.dock()).param("stock0.amount", "ten")
                .param("stock0.unit", "KG").param("idempotencyKey", "k-" + UUID.randomUUID())
                .param("to", site.rack()).exchange();
        assertThat(altered).hasStatus(HttpStatus.BAD_REQUEST).hasContentType("application/problem+json");
        assertThat(Api.body(altered)).contains("stock0.amount").contains("ten");
        assertThat(balances(lot)).extracting(Balance::location).containsExactly(site.dock());
    }

    @Test
    void a_location_without_the_scanned_lot_says_so_beside_the_lot() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.dock(), null);
        MvcTestResult refused = mvc.get().uri("/handheld/move").param("from", site.rack()).param("lot", lot)
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(Api.body(refused)).contains("id=\"lot-error\"")
                .contains("Lot " + lot + " has no stock at " + site.rack());
    }

    @Test
    void only_the_floor_moves_and_counts() {
        for (String path : List.of("/handheld/move", "/handheld/count")) {
            assertThat(mvc.get().uri(path).with(user("quality").roles("QUALITY")).exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(path).with(user("admin").roles("ADMIN")).with(csrf())
                    .param("idempotencyKey", "k").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/handheld/count/review").with(user("quality").roles("QUALITY")).with(csrf())
                .exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_count_shows_the_difference_before_it_is_booked_and_a_double_submit_books_it_once() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);
        MvcTestResult listed = mvc.get().uri("/handheld/count").param("at", site.rack())
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(Api.body(listed)).contains("Lot " + lot).contains("name=\"line0.counted\"");

        String key = "count-" + UUID.randomUUID();
        MvcTestResult review = line(post("/handheld/count/review", "operator", "OPERATOR"), 0, lot, item, "10")
                .param("idempotencyKey", key).param("at", site.rack()).param("line0.counted", "7,5").exchange();
        assertThat(review).hasStatusOk();
        assertThat(Api.body(review)).contains("−2.5 KG");
        assertThat(balances(lot)).extracting(HandheldMoveCountIT::amount).containsExactly("10");

        for (int submit = 0; submit < 2; submit++) {
            assertThat(line(post("/handheld/count", "operator", "OPERATOR"), 0, lot, item, "10")
                    .param("idempotencyKey", key).param("at", site.rack()).param("line0.counted", "7.5").exchange())
                    .hasStatusOk().bodyText().contains("Counted 7.5 KG of lot " + lot + " (difference −2.5 KG)");
        }
        assertThat(balances(lot)).extracting(Balance::location, HandheldMoveCountIT::amount)
                .containsExactly(tuple(site.rack(), "7.5"));
    }

    @Test
    void a_lot_found_where_the_books_have_none_is_counted_in() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.dock(), null);
        MvcTestResult review = mvc.post().uri("/handheld/count/review").with(user("operator").roles("OPERATOR"))
                .with(csrf()).param("idempotencyKey", "k-" + UUID.randomUUID()).param("at", site.rack())
                .param("extraLot", lot).param("extraCounted", "3").exchange();
        assertThat(Api.body(review)).contains("+3 KG").contains("name=\"line0.counted\" value=\"3\"");

        assertThat(line(post("/handheld/count", "operator", "OPERATOR"), 0, lot, item, "0")
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("at", site.rack())
                .param("line0.counted", "3").exchange()).hasStatusOk();
        assertThat(balances(lot)).extracting(Balance::location, HandheldMoveCountIT::amount)
                .containsExactlyInAnyOrder(tuple(site.dock(), "10"), tuple(site.rack(), "3"));
    }

    @Test
    void a_count_left_empty_or_of_an_unknown_lot_is_refused_beside_it_and_books_nothing() {
        Item item = item(InitialLotStatus.RELEASED);
        String lot = floor.receive(site, item, "10", site.rack(), null);
        MvcTestResult empty = line(post("/handheld/count/review", "operator", "OPERATOR"), 0, lot, item, "10")
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("at", site.rack())
                .param("line0.counted", " ").exchange();
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(empty)).contains("id=\"counted0-error\"").contains("zero included");

        MvcTestResult unknown = line(post("/handheld/count/review", "operator", "OPERATOR"), 0, lot, item, "10")
                .param("idempotencyKey", "k-" + UUID.randomUUID()).param("at", site.rack())
                .param("line0.counted", "10").param("extraLot", "NO-SUCH-LOT").param("extraCounted", "1").exchange();
        assertThat(Api.body(unknown)).contains("id=\"extraLot-error\"").contains("NO-SUCH-LOT");

        MvcTestResult nowhere = mvc.get().uri("/handheld/count").param("at", "NO-SUCH-PLACE")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(Api.body(nowhere)).contains("id=\"at-error\"").contains("NO-SUCH-PLACE");
        assertThat(balances(lot)).extracting(HandheldMoveCountIT::amount).containsExactly("10");
    }

    private MockMvcRequestBuilder post(String path, String username, String role) {
        return mvc.post().uri(path).with(user(username).roles(role)).with(csrf());
    }

    private static MockMvcRequestBuilder withStock(MockMvcRequestBuilder request, List<Balance> stock) {
        for (int i = 0; i < stock.size(); i++) {
            Balance b = stock.get(i);
            request.param("stock" + i + ".lot", b.lotNumber()).param("stock" + i + ".sku", b.sku())
                    .param("stock" + i + ".location", b.location())
                    .param("stock" + i + ".pallet", b.pallet() == null ? "" : b.pallet())
                    .param("stock" + i + ".amount", amount(b)).param("stock" + i + ".unit", "KG");
        }
        return request;
    }

    private MockMvcRequestBuilder line(MockMvcRequestBuilder request, int i, String lot, Item item, String books) {
        return request.param("line" + i + ".lot", lot).param("line" + i + ".sku", item.sku())
                .param("line" + i + ".location", site.rack()).param("line" + i + ".pallet", "")
                .param("line" + i + ".books", books).param("line" + i + ".unit", "KG");
    }

    private List<Balance> balances(String lot) {
        return ledger.balances(lots.lot(lot).id());
    }

    private static io.lotline.shared.Quantity quantity(String amount) {
        return io.lotline.shared.Quantity.of(amount, "KG");
    }

    private static String amount(Balance balance) {
        BigDecimal amount = balance.quantity().amount().stripTrailingZeros();
        return amount.toPlainString();
    }

    private Item item(InitialLotStatus initial) {
        return Labelled.item(catalog, PickingStrategy.FEFO, initial);
    }
}
