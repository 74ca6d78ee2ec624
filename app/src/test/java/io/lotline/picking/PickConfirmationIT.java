package io.lotline.picking;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.Place;
import io.lotline.lots.Lots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The operator at the shelf: confirming picks by scan, short picks, substitutes, and the scans refused. */
class PickConfirmationIT extends PickingIntegrationTest {
    @Autowired
    private Lots lots;

    /** An allocated order of 20 KG from one pallet of 40; returns the order code and the pick id. */
    private record Allocated(String order, Object pick, String lot, String pallet) {
    }

    private Allocated allocatedFromPallet(Item item, String pallet) {
        String lot = shelf.lotOf(item).expiringInDays(20).on(site.rack(), pallet).put("40");
        String order = order(1, line(item.sku(), "20"));
        return new Allocated(order, read(allocate(order), "$.picks[0].pick"), lot, pallet);
    }

    @Test
    void the_pallets_sscc_label_confirms_the_pick() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.sscc());

        MvcTestResult confirmed = confirm(a.order(), a.pick(), "{\"scan\": \"]C100" + a.pallet() + "\"}");

        assertThat(confirmed).hasStatus(200);
        assertThat(picks(confirmed)).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet() + "=20 PICKED");
        assertThat((String) read(confirmed, "$.picks[0].confirmedBy")).isEqualTo("operator");
        assertThat(amount(confirmed, "$.picks[0].picked.amount")).isEqualByComparingTo("20");
    }

    @Test
    void the_licence_plate_or_the_lot_label_confirms_the_pick() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated byPlate = allocatedFromPallet(flour, Shelf.pallet());
        Item labelled = shelf.item(PickingStrategy.FEFO);
        Allocated byLabel = allocatedFromPallet(labelled, Shelf.pallet());

        assertThat(confirm(byPlate.order(), byPlate.pick(), "{\"scan\": \"" + byPlate.pallet() + "\"}"))
                .hasStatus(200);
        assertThat(confirm(byLabel.order(), byLabel.pick(), "{\"scan\": \"(01)" + labelled.gtin().value() + "(10)"
                + byLabel.lot() + "\"}")).hasStatus(200);
    }

    @Test
    void the_suppliers_gs1_128_label_with_its_own_lot_number_confirms_a_pick_of_that_lot() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());
        String supplierLot = lots.lot(a.lot()).supplierLot();

        MvcTestResult confirmed = confirm(a.order(), a.pick(), "{\"scan\": \"]C101" + flour.gtin().value() + "10"
                + supplierLot + "\"}");

        assertThat(confirmed).hasStatus(200);
        assertThat(picks(confirmed)).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet() + "=20 PICKED");
    }

    @Test
    void scanning_a_pallet_of_another_lot_is_refused_with_what_it_holds_and_nothing_moves() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());
        String otherPallet = Shelf.pallet();
        String otherLot = shelf.lotOf(flour).expiringInDays(60).on(site.rack(), otherPallet).put("40");
        long entries = count("ledger_entries");

        MvcTestResult refused = confirm(a.order(), a.pick(), "{\"scan\": \"" + otherPallet + "\"}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("scan-matches-pick");
        assertThat((String) read(refused, "$.detail")).contains("this pick is pallet " + a.pallet() + " with lot "
                + a.lot()).contains("Pallet " + otherPallet + " holds lot " + otherLot + " of item " + flour.sku());
        assertThat(picks(pickList(a.order()))).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet()
                + "=20 RESERVED");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void scanning_the_label_of_another_item_is_refused() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item sugar = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());

        MvcTestResult refused = confirm(a.order(), a.pick(), "{\"scan\": \"01" + sugar.gtin().value() + "10"
                + a.lot() + "\"}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("scan-item");
        assertThat((String) read(refused, "$.detail")).contains("this pick is item " + flour.sku());
    }

    @Test
    void scanning_an_sscc_pallet_of_another_item_names_that_item() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item sugar = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.sscc());
        String sugarPallet = Shelf.sscc();
        shelf.lotOf(sugar).on(site.rack(), sugarPallet).put("10");

        MvcTestResult refused = confirm(a.order(), a.pick(), "{\"scan\": \"(00)" + sugarPallet + "\"}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("scan-pallet");
        assertThat((String) read(refused, "$.detail")).contains("of item " + sugar.sku());
    }

    @Test
    void a_malformed_label_is_bad_input() {
        Allocated a = allocatedFromPallet(shelf.item(PickingStrategy.FEFO), Shelf.pallet());

        assertThat(confirm(a.order(), a.pick(), "{\"scan\": \"(01)123(10)X\"}")).hasStatus(400).bodyJson()
                .extractingPath("$.rule").isEqualTo("gs1-data-too-short");
        assertThat(confirm(a.order(), a.pick(), "{\"scan\": \"\"}")).hasStatus(400);
    }

    @Test
    void confirming_more_than_allocated_is_refused() {
        Allocated a = allocatedFromPallet(shelf.item(PickingStrategy.FEFO), Shelf.pallet());

        MvcTestResult refused = confirm(a.order(), a.pick(), "{\"scan\": \"" + a.pallet() + "\", "
                + "\"quantity\": {\"amount\": 20.5, \"unit\": \"KG\"}}");

        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-allocated");
        assertThat(confirm(a.order(), a.pick(), "{\"scan\": \"" + a.pallet() + "\", "
                + "\"quantity\": {\"amount\": 0, \"unit\": \"KG\"}}")).hasStatus(400);
    }

    @Test
    void a_short_pick_releases_the_rest_of_the_reservation() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());
        allocate(order(1, line(flour.sku(), "20")));

        MvcTestResult shortPick = confirm(a.order(), a.pick(), "{\"scan\": \"" + a.lot() + "\", "
                + "\"quantity\": {\"amount\": 15, \"unit\": \"KG\"}}");

        assertThat(picks(shortPick)).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet() + "=20 PICKED");
        assertThat(amount(shortPick, "$.picks[0].picked.amount")).isEqualByComparingTo("15");
        assertThat(amount(shortPick, "$.lines[0].shortfall.amount")).isEqualByComparingTo("5");
        MvcTestResult freed = allocate(order(1, line(flour.sku(), "10")));
        assertThat(picks(freed)).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet() + "=5 RESERVED");
    }

    @Test
    void a_pick_is_confirmed_once_and_a_retried_scan_gets_the_same_answer() {
        Allocated a = allocatedFromPallet(shelf.item(PickingStrategy.FEFO), Shelf.pallet());
        String scan = "{\"scan\": \"" + a.pallet() + "\"}";
        String path = "/api/v1/customer-orders/" + a.order() + "/picks/" + a.pick() + "/confirmation";

        MvcTestResult first = as("operator").post(path, "scan-" + a.order(), scan);
        MvcTestResult retried = as("operator").post(path, "scan-" + a.order(), scan);
        MvcTestResult again = as("operator").post(path, scan);

        assertThat(retried).hasStatus(200);
        assertThat(picks(retried)).isEqualTo(picks(first));
        assertThat(again).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("pick-open");
    }

    @Test
    void an_operator_may_take_a_lot_that_expires_the_same_day_and_it_is_recorded_as_a_substitute() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String palletA = "LP-SA" + site.site();
        String palletB = "LP-SB" + site.site();
        String lotA = shelf.lotOf(flour).expiringInDays(20).on(site.rack(), palletA).put("40");
        String lotB = shelf.lotOf(flour).expiringInDays(20).on(site.rack(), palletB).put("40");
        String order = order(1, line(flour.sku(), "20"));
        List<Map<String, Object>> allocated = read(allocate(order), "$.picks");
        String allocatedPallet = (String) allocated.get(0).get("pallet");
        String otherPallet = allocatedPallet.equals(palletA) ? palletB : palletA;
        String otherLot = otherPallet.equals(palletA) ? lotA : lotB;

        MvcTestResult wrongWithout = confirm(order, allocated.get(0).get("pick"), "{\"scan\": \"" + otherPallet
                + "\"}");
        MvcTestResult substituted = confirm(order, allocated.get(0).get("pick"), "{\"scan\": \"" + otherPallet
                + "\", \"substitute\": true}");

        assertThat(wrongWithout).hasStatus(422);
        assertThat(substituted).hasStatus(200);
        assertThat(picks(substituted)).containsExactlyInAnyOrder(
                allocated.get(0).get("lotNumber") + "@" + site.rack() + "/" + allocatedPallet + "=20 SUBSTITUTED",
                otherLot + "@" + site.rack() + "/" + otherPallet + "=20 PICKED");
        List<Map<String, Object>> substitute = read(substituted, "$.picks[?(@.status == 'PICKED')]");
        assertThat(((Number) substitute.get(0).get("substitutes")).longValue())
                .isEqualTo(((Number) allocated.get(0).get("pick")).longValue());
        assertThat((String) substitute.get(0).get("reason")).startsWith("Substitute for lot "
                + allocated.get(0).get("lotNumber")).endsWith("FEFO expires " + inDays(20) + ", the same rank");
    }

    @Test
    void a_substitute_that_expires_later_is_refused() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());
        String laterPallet = Shelf.pallet();
        shelf.lotOf(flour).expiringInDays(50).on(site.rack(), laterPallet).put("40");

        MvcTestResult refused = confirm(a.order(), a.pick(), "{\"scan\": \"" + laterPallet + "\", "
                + "\"substitute\": true}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("substitute-same-rank");
        assertThat(picks(pickList(a.order()))).containsExactly(a.lot() + "@" + site.rack() + "/" + a.pallet()
                + "=20 RESERVED");
    }

    @Test
    void a_pick_of_another_order_is_unknown_here() {
        Allocated a = allocatedFromPallet(shelf.item(PickingStrategy.FEFO), Shelf.pallet());
        Allocated b = allocatedFromPallet(shelf.item(PickingStrategy.FEFO), Shelf.pallet());

        assertThat(confirm(a.order(), b.pick(), "{\"scan\": \"" + b.pallet() + "\"}")).hasStatus(404);
    }

    @Test
    void stock_moved_onto_another_pallet_of_the_same_lot_may_be_taken_instead() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Allocated a = allocatedFromPallet(flour, Shelf.pallet());
        String split = Shelf.pallet();
        shelf.move(a.lot(), "10", new Place(site.rack(), a.pallet()), new Place(site.rack(), split));

        MvcTestResult substituted = confirm(a.order(), a.pick(), "{\"scan\": \"" + split + "\", "
                + "\"quantity\": {\"amount\": 10, \"unit\": \"KG\"}, \"substitute\": true}");

        assertThat(substituted).hasStatus(200);
        assertThat(picks(substituted)).contains(a.lot() + "@" + site.rack() + "/" + split + "=10 PICKED");
        assertThat(amount(substituted, "$.lines[0].shortfall.amount")).isEqualByComparingTo("10");
    }
}
