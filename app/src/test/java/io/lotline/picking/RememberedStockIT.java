package io.lotline.picking;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.AvailableStock.Reservation;
import io.lotline.ledger.StockAtPlace;
import io.lotline.lots.LotStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's stock cache keeps what an item's places hold from one allocation to the next (ADR 49). Each test here
 * first allocates, so that the item's stock is in memory, then changes the stock another way, and shows that the
 * next allocation sees the change: a receipt, a hold, a cancellation, a short pick, and a shipment that gives back
 * what was not picked. Every transaction that reserves moves the item's stock version once, which other instances go
 * by.
 */
class RememberedStockIT extends PickingIntegrationTest {
    @Autowired
    AvailableStock available;

    @Autowired
    TransactionTemplate transaction;

    private long stockVersion(Item item) {
        return jdbc.sql("select stock_version from stock_item_locks where item_id = ?").param(item.id())
                .query(Long.class).single();
    }

    private List<String> allocatedPicks(String order) {
        assertThat(allocate(order)).hasStatus(200);
        return picks(pickList(order));
    }

    private void cancel(String order) {
        assertThat(as("operator").post("/api/v1/customer-orders/" + order + "/cancellation",
                "{\"reason\": \"customer called\"}")).hasStatus(200);
    }

    @Test
    void a_lot_received_after_an_allocation_that_expires_sooner_is_taken_first_by_the_next_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String later = shelf.lotOf(flour).expiringInDays(60).put("100");
        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(later + "@" + site.rack()
                + "=10 RESERVED");

        String sooner = shelf.lotOf(flour).expiringInDays(20).put("100");

        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(sooner + "@" + site.rack()
                + "=10 RESERVED");
    }

    @Test
    void a_lot_put_on_hold_after_an_allocation_is_skipped_by_the_next_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String sooner = shelf.lotOf(flour).expiringInDays(20).put("100");
        String later = shelf.lotOf(flour).expiringInDays(60).put("100");
        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(sooner + "@" + site.rack()
                + "=10 RESERVED");

        shelf.changeStatus(sooner, LotStatus.ON_HOLD);

        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(later + "@" + site.rack()
                + "=10 RESERVED");
    }

    @Test
    void what_a_cancelled_order_held_goes_to_the_next_orders_and_not_more() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("50");
        String first = order(1, line(flour.sku(), "50"));
        allocatedPicks(first);
        String second = order(1, line(flour.sku(), "20"));
        assertThat(allocate(second)).hasStatus(422);

        cancel(first);

        assertThat(allocatedPicks(second)).containsExactly(lot + "@" + site.rack() + "=20 RESERVED");
        assertThat(allocatedPicks(order(1, line(flour.sku(), "30")))).containsExactly(lot + "@" + site.rack()
                + "=30 RESERVED");
        assertThat(allocate(order(1, line(flour.sku(), "1")))).hasStatus(422);
    }

    @Test
    void what_a_short_pick_leaves_goes_to_the_next_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        String lot = shelf.lotOf(flour).expiringInDays(30).on(site.rack(), pallet).put("50");
        String first = order(1, line(flour.sku(), "50"));
        Object pick = read(allocate(first), "$.picks[0].pick");

        assertThat(confirm(first, pick, "{\"scan\": \"" + pallet + "\", "
                + "\"quantity\": {\"amount\": 30, \"unit\": \"KG\"}}")).hasStatus(200);

        assertThat(allocatedPicks(order(1, line(flour.sku(), "20")))).containsExactly(lot + "@" + site.rack()
                + "/" + pallet + "=20 RESERVED");
        assertThat(allocate(order(1, line(flour.sku(), "1")))).hasStatus(422);
    }

    @Test
    void a_line_a_shipment_leaves_unpicked_gives_its_stock_to_the_next_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item salt = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        shelf.lotOf(flour).expiringInDays(20).on(site.rack(), pallet).put("40");
        String saltLot = shelf.lotOf(salt).expiringInDays(200).put("40");
        String first = order(1, line(flour.sku(), "25"), line(salt.sku(), "40"));
        List<Object> flourPicks = read(allocate(first), "$.picks[?(@.sku == '" + flour.sku() + "')].pick");
        assertThat(confirm(first, flourPicks.get(0), "{\"scan\": \"" + pallet + "\"}")).hasStatus(200);
        String second = order(1, line(salt.sku(), "40"));
        assertThat(allocate(second)).hasStatus(422);

        assertThat(as("operator").post("/api/v1/customer-orders/" + first + "/shipment", "{}")).hasStatus(201);

        assertThat(allocatedPicks(second)).containsExactly(saltLot + "@" + site.rack() + "=40 RESERVED");
    }

    @Test
    void a_transaction_that_reserves_twice_moves_the_stock_version_once_and_the_next_order_sees_both() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("50");
        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(lot + "@" + site.rack()
                + "=10 RESERVED");
        long before = stockVersion(flour);

        transaction.executeWithoutResult(status -> {
            StockAtPlace place = available.lockAndRead(List.of(flour.id())).get(flour.id()).get(0);
            for (long n = 1; n <= 2; n++) {
                available.reserve("HELD-BY-HAND", List.of(new Reservation(-(flour.id() * 10 + n), flour.id(),
                        place.lotId(), place.locationId(), place.containerId(), new BigDecimal("15"))));
            }
        });

        assertThat(stockVersion(flour)).isEqualTo(before + 1);
        assertThat(allocatedPicks(order(1, line(flour.sku(), "10")))).containsExactly(lot + "@" + site.rack()
                + "=10 RESERVED");
        assertThat(allocate(order(1, line(flour.sku(), "1")))).hasStatus(422);
        assertThat(stockVersion(flour)).isEqualTo(before + 2);
    }
}
