package io.lotline.picking;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.lots.LotStatus;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands;
import io.lotline.shared.Quantity;
import io.lotline.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Allocation by strategy and eligibility, as the order desk sees it through the API. */
class AllocationIT extends PickingIntegrationTest {
    @Autowired
    Production production;

    @Test
    void fefo_picks_the_lot_that_expires_first_and_says_why() {
        Item butter = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(butter).expiringInDays(40).put("50");
        String soonest = shelf.lotOf(butter).expiringInDays(12).receivedDaysAgo(1).put("50");
        shelf.lotOf(butter).expiringInDays(20).receivedDaysAgo(9).put("50");
        shelf.lotOf(butter).expiringInDays(30).put("50");
        String order = order(2, line(butter.sku(), "15"));

        MvcTestResult allocated = allocate(order);

        assertThat(allocated).hasStatus(200);
        assertThat(picks(allocated)).containsExactly(soonest + "@" + site.rack() + "=15 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason"))
                .isEqualTo("FEFO: expires " + inDays(12) + ", earliest of 4 eligible lots");
        assertThat((Boolean) read(allocated, "$.shortAllocated")).isFalse();
    }

    @Test
    void fifo_picks_the_lot_received_first_whatever_its_expiry() {
        Item sugar = shelf.item(PickingStrategy.FIFO);
        shelf.lotOf(sugar).expiringInDays(20).receivedDaysAgo(1).put("50");
        String oldest = shelf.lotOf(sugar).expiringInDays(90).receivedDaysAgo(6).put("50");

        MvcTestResult allocated = allocate(order(1, line(sugar.sku(), "10")));

        assertThat(picks(allocated)).containsExactly(oldest + "@" + site.rack() + "=10 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason"))
                .isEqualTo("FIFO: received " + inDays(-6) + ", earliest of 2 eligible lots");
    }

    @Test
    void a_lot_that_came_in_earlier_than_an_allocation_last_saw_ranks_by_its_new_arrival() {
        Item salt = shelf.item(PickingStrategy.FIFO);
        String silo = shelf.lotOf(salt).receivedDaysAgo(2).put("50");
        String older = shelf.lotOf(salt).receivedDaysAgo(4).put("50");
        String blended = shelf.lotOf(salt).receivedDaysAgo(8).put("20");
        assertThat(picks(allocate(order(1, line(salt.sku(), "1"))))).containsExactly(blended + "@" + site.rack()
                + "=1 RESERVED");

        production.merge(new BookingContext(UUID.randomUUID().toString(), clock.instant().minus(Duration.ofDays(6))),
                new ProductionCommands.MergeLots(List.of(new ProductionCommands.Input(blended, Quantity.of("19", "KG"),
                        new Place(site.rack(), null), List.of())), silo, new Place(site.rack(), null),
                        "The silo's run of six days ago, booked late"));
        MvcTestResult allocated = allocate(order(1, line(salt.sku(), "10")));

        assertThat(picks(allocated)).as("the silo's lot came in six days ago, before " + older)
                .containsExactly(silo + "@" + site.rack() + "=10 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason"))
                .isEqualTo("FIFO: received " + inDays(-6) + ", earliest of 2 eligible lots");
    }

    @Test
    void lifo_picks_the_lot_received_last() {
        Item gravel = shelf.item(PickingStrategy.LIFO);
        shelf.lotOf(gravel).receivedDaysAgo(8).put("50");
        String newest = shelf.lotOf(gravel).receivedDaysAgo(1).put("50");

        MvcTestResult allocated = allocate(order(1, line(gravel.sku(), "10")));

        assertThat(picks(allocated)).containsExactly(newest + "@" + site.rack() + "=10 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason")).startsWith("LIFO: received " + inDays(-1));
    }

    @Test
    void a_lot_on_hold_is_never_allocated() {
        Item butter = shelf.item(PickingStrategy.FEFO);
        String suspect = shelf.lotOf(butter).expiringInDays(10).put("50");
        String next = shelf.lotOf(butter).expiringInDays(20).put("50");
        shelf.changeStatus(suspect, LotStatus.ON_HOLD);

        MvcTestResult allocated = allocate(order(1, line(butter.sku(), "20")));

        assertThat(picks(allocated)).containsExactly(next + "@" + site.rack() + "=20 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason")).endsWith("the only eligible lot");
        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].lotNumber")).containsExactly(suspect);
        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].reason")).containsExactly("on hold");
    }

    @Test
    void a_recalled_lot_and_a_lot_in_quarantine_are_skipped_with_their_status_named() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String recalled = shelf.lotOf(flour).expiringInDays(10).put("50");
        shelf.changeStatus(recalled, LotStatus.RECALLED);
        String good = shelf.lotOf(flour).expiringInDays(30).put("50");

        MvcTestResult allocated = allocate(order(1, line(flour.sku(), "5")));

        assertThat(picks(allocated)).containsExactly(good + "@" + site.rack() + "=5 RESERVED");
        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].reason")).containsExactly("recalled");
    }

    @Test
    void a_lot_that_expires_before_the_ship_date_is_skipped() {
        Item milk = shelf.item(PickingStrategy.FEFO);
        String expiring = shelf.lotOf(milk).expiringInDays(3).put("50");
        String fresh = shelf.lotOf(milk).expiringInDays(9).put("50");

        MvcTestResult allocated = allocate(order(5, line(milk.sku(), "5")));

        assertThat(picks(allocated)).containsExactly(fresh + "@" + site.rack() + "=5 RESERVED");
        assertThat((List<Map<String, Object>>) read(allocated, "$.lines[0].skipped")).singleElement()
                .satisfies(skip -> {
                    assertThat(skip.get("lotNumber")).isEqualTo(expiring);
                    assertThat(skip.get("rule")).isEqualTo("not-expired-on-ship-date");
                    assertThat(skip.get("reason")).isEqualTo("expires " + inDays(3) + ", before the ship date "
                            + inDays(5));
                });
    }

    @Test
    void the_customers_minimum_shelf_life_counts_on_the_ship_date_and_a_minimum_per_item_takes_precedence() {
        Item yoghurt = shelf.item(PickingStrategy.FEFO);
        String shortDated = shelf.lotOf(yoghurt).expiringInDays(25).put("50");
        String longDated = shelf.lotOf(yoghurt).expiringInDays(45).put("50");
        as("supervisor").put("/api/v1/customers/" + site.customer() + "/shelf-life-requirements",
                "{\"minimumRemainingDays\": 20}");

        MvcTestResult strict = allocate(order(10, line(yoghurt.sku(), "5")));

        assertThat(picks(strict)).containsExactly(longDated + "@" + site.rack() + "=5 RESERVED");
        assertThat((List<String>) read(strict, "$.lines[0].skipped[*].reason")).containsExactly("expires "
                + inDays(25) + ": 15 days of shelf life left on the ship date " + inDays(10) + ", customer "
                + site.customer() + " requires at least 20");

        as("supervisor").put("/api/v1/customers/" + site.customer() + "/shelf-life-requirements/" + yoghurt.sku(),
                "{\"minimumRemainingDays\": 10}");
        MvcTestResult lenient = allocate(order(10, line(yoghurt.sku(), "5")));

        assertThat(picks(lenient)).containsExactly(shortDated + "@" + site.rack() + "=5 RESERVED");
    }

    @Test
    void only_pickable_locations_feed_orders() {
        Item salt = shelf.item(PickingStrategy.FEFO);
        String onTheDock = shelf.lotOf(salt).expiringInDays(100).on(site.dock(), Shelf.pallet()).put("50");
        String inTheRack = shelf.lotOf(salt).expiringInDays(200).put("50");

        MvcTestResult allocated = allocate(order(1, line(salt.sku(), "5")));

        assertThat(picks(allocated)).containsExactly(inTheRack + "@" + site.rack() + "=5 RESERVED");
        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].reason")).containsExactly("lies at "
                + site.dock() + ", which is not a pickable location");
        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].lotNumber")).containsExactly(onTheDock);
    }

    @Test
    void the_quantity_is_filled_across_lots_and_pallets_in_strategy_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String first = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), "LP-A" + site.site()).put("40");
        shelf.move(first, "15", new Place(site.rack(), "LP-A" + site.site()), new Place(site.rack(),
                "LP-B" + site.site()));
        String second = shelf.lotOf(flour).expiringInDays(20).on(site.rack(), "LP-C" + site.site()).put("40");

        MvcTestResult allocated = allocate(order(1, line(flour.sku(), "60")));

        assertThat(picks(allocated)).containsExactly(
                first + "@" + site.rack() + "/LP-A" + site.site() + "=25 RESERVED",
                first + "@" + site.rack() + "/LP-B" + site.site() + "=15 RESERVED",
                second + "@" + site.rack() + "/LP-C" + site.site() + "=20 RESERVED");
        assertThat((List<String>) read(allocated, "$.picks[*].reason")).containsExactly(
                "FEFO: expires " + inDays(10) + ", earliest of 2 eligible lots",
                "FEFO: expires " + inDays(10) + ", earliest of 2 eligible lots",
                "FEFO: expires " + inDays(20) + ", 2nd of 2 eligible lots");
    }

    @Test
    void the_pick_list_walks_the_locations_in_code_order_whatever_the_strategy_order() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String aisle = "AISLE-" + site.site();
        catalog.registerLocation(new NewLocation(aisle, "Aisle before the rack", site.warehouse(), null, true, false));
        String first = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), null).put("30");
        String second = shelf.lotOf(flour).expiringInDays(20).on(aisle, null).put("30");
        String order = order(1, line(flour.sku(), "50"));

        MvcTestResult allocated = allocate(order);

        assertThat(picks(allocated)).containsExactly(second + "@" + aisle + "=20 RESERVED",
                first + "@" + site.rack() + "=30 RESERVED");
        assertThat((List<String>) read(allocated, "$.picks[*].reason")).containsExactly(
                "FEFO: expires " + inDays(20) + ", 2nd of 2 eligible lots",
                "FEFO: expires " + inDays(10) + ", earliest of 2 eligible lots");
        assertThat(Api.body(pickList(order))).as("the handheld's pick list").isEqualTo(Api.body(allocated));
    }

    @Test
    void a_short_allocation_is_reported_and_topped_up_when_stock_arrives() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(flour).expiringInDays(10).put("60");
        String order = order(1, line(flour.sku(), "100"));

        MvcTestResult shortOne = allocate(order);

        assertThat((Boolean) read(shortOne, "$.shortAllocated")).isTrue();
        assertThat(amount(shortOne, "$.lines[0].allocated.amount")).isEqualByComparingTo("60");
        assertThat(amount(shortOne, "$.lines[0].shortfall.amount")).isEqualByComparingTo("40");
        assertThat(amount(as("operator").get("/api/v1/customer-orders/" + order), "$.lines[0].shortfall.amount"))
                .isEqualByComparingTo("40");

        String arrived = shelf.lotOf(flour).expiringInDays(30).put("50");
        MvcTestResult toppedUp = allocate(order);

        assertThat((Boolean) read(toppedUp, "$.shortAllocated")).isFalse();
        assertThat(picks(toppedUp)).hasSize(2).contains(arrived + "@" + site.rack() + "=40 RESERVED");
    }

    @Test
    void a_line_allocated_again_after_a_short_pick_asks_only_for_what_its_picks_no_longer_cover() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String firstPallet = Shelf.pallet();
        String first = shelf.lotOf(flour).expiringInDays(10).on(site.rack(), firstPallet).put("30");
        String secondPallet = Shelf.pallet();
        String second = shelf.lotOf(flour).expiringInDays(20).on(site.rack(), secondPallet).put("30");
        String order = order(1, line(flour.sku(), "50"));
        List<Object> firstPicks = read(allocate(order), "$.picks[?(@.lotNumber == '" + first + "')].pick");
        Object firstPick = firstPicks.get(0);
        assertThat(confirm(order, firstPick, "{\"scan\": \"" + firstPallet + "\", "
                + "\"quantity\": {\"amount\": 25, \"unit\": \"KG\"}}")).hasStatus(200);

        MvcTestResult again = allocate(order);

        // 25 picked and 20 still reserved cover 45 of the 50: only 5 more are reserved, and by FEFO from the 5 the
        // short pick left free on the first lot.
        assertThat((Boolean) read(again, "$.shortAllocated")).isFalse();
        assertThat(amount(again, "$.lines[0].allocated.amount")).isEqualByComparingTo("50");
        assertThat(picks(again)).containsExactlyInAnyOrder(
                first + "@" + site.rack() + "/" + firstPallet + "=30 PICKED",
                first + "@" + site.rack() + "/" + firstPallet + "=5 RESERVED",
                second + "@" + site.rack() + "/" + secondPallet + "=20 RESERVED");
    }

    @Test
    void two_orders_never_take_the_same_stock() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String lot = shelf.lotOf(flour).expiringInDays(10).put("50");
        allocate(order(1, line(flour.sku(), "40")));

        MvcTestResult second = allocate(order(1, line(flour.sku(), "40")));

        assertThat(picks(second)).containsExactly(lot + "@" + site.rack() + "=10 RESERVED");
        assertThat(amount(second, "$.lines[0].shortfall.amount")).isEqualByComparingTo("30");
        MvcTestResult third = allocate(order(1, line(flour.sku(), "1")));
        assertThat(third).hasStatus(422);
        assertThat((List<String>) read(third, "$.candidates[*].reason"))
                .containsExactly("all 50 KG here is reserved for other picks");
    }

    @Test
    void nothing_eligible_is_refused_with_every_candidate_lot_and_why() {
        Item cream = shelf.item(PickingStrategy.FEFO);
        String onHold = shelf.lotOf(cream).expiringInDays(30).put("50");
        shelf.changeStatus(onHold, LotStatus.ON_HOLD);
        String expiring = shelf.lotOf(cream).expiringInDays(2).put("50");
        String order = order(4, line(cream.sku(), "5"));
        long picksBefore = count("picks");

        MvcTestResult refused = allocate(order);

        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat((String) read(refused, "$.rule")).isEqualTo("nothing-eligible");
        assertThat((String) read(refused, "$.field")).isEqualTo("lines[0]");
        assertThat((List<String>) read(refused, "$.candidates[*].lotNumber"))
                .containsExactlyInAnyOrder(onHold, expiring);
        assertThat((List<String>) read(refused, "$.candidates[?(@.lotNumber == '" + onHold + "')].reason"))
                .containsExactly("on hold");
        assertThat((List<String>) read(refused, "$.candidates[?(@.lotNumber == '" + expiring + "')].rule"))
                .containsExactly("not-expired-on-ship-date");
        assertThat(count("picks")).isEqualTo(picksBefore);
    }

    @Test
    void a_requested_lot_is_honoured_even_when_another_expires_first() {
        Item wine = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(wine).expiringInDays(100).put("50");
        String vintage = shelf.lotOf(wine).expiringInDays(900).put("50");

        MvcTestResult allocated = allocate(order(1, """
                {"sku": "%s", "quantity": {"amount": 6, "unit": "KG"}, "lotNumber": "%s"}"""
                .formatted(wine.sku(), vintage)));

        assertThat(picks(allocated)).containsExactly(vintage + "@" + site.rack() + "=6 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason"))
                .isEqualTo("Lot " + vintage + " as requested on the order line");
    }

    @Test
    void a_requested_lot_that_may_not_ship_is_refused_with_the_reason() {
        Item wine = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(wine).expiringInDays(100).put("50");
        String corked = shelf.lotOf(wine).expiringInDays(900).put("50");
        shelf.changeStatus(corked, LotStatus.ON_HOLD);

        MvcTestResult refused = allocate(order(1, """
                {"sku": "%s", "quantity": {"amount": 6, "unit": "KG"}, "lotNumber": "%s"}"""
                .formatted(wine.sku(), corked)));

        assertThat(refused).hasStatus(422);
        assertThat((List<String>) read(refused, "$.candidates[?(@.lotNumber == '" + corked + "')].reason"))
                .containsExactly("on hold");
    }

    @Test
    void only_a_supervisor_sets_a_picking_strategy_on_an_order_line() {
        Item cheese = shelf.item(PickingStrategy.FEFO);
        String oldest = shelf.lotOf(cheese).expiringInDays(60).receivedDaysAgo(9).put("50");
        shelf.lotOf(cheese).expiringInDays(30).receivedDaysAgo(1).put("50");
        String fifoLine = """
                {"sku": "%s", "quantity": {"amount": 5, "unit": "KG"}, "strategy": "FIFO",
                 "strategyReason": "The customer ripens it further"}""".formatted(cheese.sku());

        MvcTestResult byOperator = as("operator").post("/api/v1/customer-orders",
                orderJson("SO-OVR-" + site.site(), site.customer(), 1, fifoLine));
        MvcTestResult bySupervisor = as("supervisor").post("/api/v1/customer-orders",
                orderJson("SO-OVR-" + site.site(), site.customer(), 1, fifoLine));

        assertThat(byOperator).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("strategy-set-by-supervisor");
        assertThat(bySupervisor).hasStatus(201);
        assertThat((String) read(bySupervisor, "$.lines[0].strategySetBy")).isEqualTo("supervisor");
        MvcTestResult allocated = allocate("SO-OVR-" + site.site());
        assertThat(picks(allocated)).containsExactly(oldest + "@" + site.rack() + "=5 RESERVED");
        assertThat((String) read(allocated, "$.picks[0].reason")).startsWith(
                "FIFO (set on the order line: The customer ripens it further): received " + inDays(-9));
    }

    @Test
    void an_allocation_retried_with_the_same_key_reserves_once() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(flour).expiringInDays(10).put("50");
        shelf.lotOf(flour).expiringInDays(20).put("50");
        String order = order(1, line(flour.sku(), "70"));

        MvcTestResult first = as("operator").post("/api/v1/customer-orders/" + order + "/allocation", "k-" + order,
                "");
        MvcTestResult retry = as("operator").post("/api/v1/customer-orders/" + order + "/allocation", "k-" + order,
                "");

        assertThat(retry).hasStatus(200);
        assertThat(picks(retry)).isEqualTo(picks(first)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from picks p join customer_orders o on o.id = p.order_id where o.code = ?")
                .param(order).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_pick_list_an_allocation_answers_with_is_the_one_the_handheld_reads_afterwards() {
        Item butter = shelf.item(PickingStrategy.FEFO);
        String held = shelf.lotOf(butter).expiringInDays(30).put("50");
        String expiring = shelf.lotOf(butter).expiringInDays(2).put("50");
        String recalled = shelf.lotOf(butter).expiringInDays(20).put("50");
        shelf.lotOf(butter).expiringInDays(40).put("50");
        shelf.changeStatus(held, LotStatus.ON_HOLD);
        shelf.changeStatus(recalled, LotStatus.RECALLED);
        Item milk = shelf.item(PickingStrategy.FEFO);
        String onHold = shelf.lotOf(milk).expiringInDays(10).put("50");
        shelf.changeStatus(onHold, LotStatus.ON_HOLD);
        shelf.lotOf(milk).expiringInDays(20).put("50");
        String order = order(5, line(butter.sku(), "20"), line(milk.sku(), "10"));

        MvcTestResult allocated = allocate(order);
        MvcTestResult readAfterwards = pickList(order);

        assertThat((List<String>) read(allocated, "$.lines[0].skipped[*].lotNumber"))
                .containsExactlyInAnyOrder(held, expiring, recalled);
        assertThat((List<String>) read(allocated, "$.lines[1].skipped[*].lotNumber")).containsExactly(onHold);
        assertThat(Api.body(allocated)).isEqualTo(Api.body(readAfterwards));
    }
}
