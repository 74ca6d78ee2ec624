package io.lotline.picking;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.ledger.Movements;
import io.lotline.receiving.Receiving;
import io.lotline.support.Floor;
import io.lotline.support.SecondInstance;
import io.lotline.support.SecondInstance.Answer;
import io.lotline.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two Lotline instances on one database, as behind a load balancer: this test's application and a second one started
 * beside it. Each keeps its caches (stock for allocation, lots' arrivals, trace facts, the genealogy index); what one
 * books, the other sees at once (ADR 36), and so is a change of an item, a party or a location (ADR 48) or a new
 * batch policy (ADR 69).
 */
class TwoInstancesIT extends PickingIntegrationTest {
    private static SecondInstance other;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startTheOtherInstance() {
        other = SecondInstance.start();
    }

    @AfterAll
    static void stopTheOtherInstance() {
        other.close();
    }

    @Test
    void a_hold_booked_on_one_instance_blocks_allocation_on_the_other_at_once() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String sooner = shelf.lotOf(flour).expiringInDays(20).put("100");
        String later = shelf.lotOf(flour).expiringInDays(60).put("100");
        assertThat(picksOf(order(1, line(flour.sku(), "10")))).containsExactly(sooner + "@" + site.rack()
                + "=10 RESERVED");

        Answer held = other.post("quality", "/api/v1/lots/" + sooner + "/status",
                "{\"status\": \"ON_HOLD\", \"reason\": \"suspect\"}");
        assertThat(held.status()).as(held.body()).isLessThan(300);

        assertThat(picksOf(order(1, line(flour.sku(), "10")))).containsExactly(later + "@" + site.rack()
                + "=10 RESERVED");
    }

    @Test
    void allocations_taking_turns_between_the_instances_never_reserve_more_than_there_is() {
        Item flour = shelf.item(PickingStrategy.FIFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("50");
        for (int i = 0; i < 5; i++) {
            String order = order(1, line(flour.sku(), "10"));
            if (i % 2 == 0) {
                assertThat(allocate(order)).hasStatus(200);
            } else {
                Answer allocated = other.post("operator", "/api/v1/customer-orders/" + order + "/allocation", "");
                assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
            }
        }

        assertThat(allocate(order(1, line(flour.sku(), "1")))).hasStatus(422);
        Answer onTheOther = other.post("operator", "/api/v1/customer-orders/" + order(1, line(flour.sku(), "1"))
                + "/allocation", "");
        assertThat(onTheOther.status()).as(onTheOther.body()).isEqualTo(422);
        assertThat(reservedOf(lot)).isEqualByComparingTo("50");
    }

    @Test
    void concurrent_allocations_on_both_instances_never_reserve_more_than_there_is() throws Exception {
        Item flour = shelf.item(PickingStrategy.FIFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("40");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            orders.add(order(1, line(flour.sku(), "2")));
        }
        // warm both instances' memory of the item first
        assertThat(allocate(orders.get(0))).hasStatus(200);
        assertThat(other.post("operator", "/api/v1/customer-orders/" + orders.get(1) + "/allocation", "").status())
                .isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 2; i < orders.size(); i++) {
                String order = orders.get(i);
                Callable<Integer> call = i % 2 == 0
                        ? () -> allocate(order).getResponse().getStatus()
                        : () -> other.post("operator", "/api/v1/customer-orders/" + order + "/allocation", "")
                        .status();
                answers.add(pool.submit(call));
            }
            int allocated = 2;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(200, 422);
                allocated += status == 200 ? 1 : 0;
            }
            assertThat(allocated).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(reservedOf(lot)).isEqualByComparingTo("40");
    }

    @Test
    void a_production_booked_on_one_instance_shows_in_a_trace_and_a_mass_balance_on_the_other() {
        Item flour = shelf.item(PickingStrategy.FIFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("50");
        assertThat(tracedFrom(lot)).containsExactly(lot);
        assertThat(onHand(lot)).isEqualByComparingTo("50");

        Item bread = floor.anItem().register();
        String production = "P-" + Floor.next();
        assertThat(other.post("operator", "/api/v1/production-orders",
                "{\"code\": \"%s\", \"outputSku\": \"%s\"}".formatted(production, bread.sku())).status())
                .isEqualTo(201);
        Answer consumed = other.post("operator", "/api/v1/production-orders/" + production + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 20, "unit": "KG"},
                             "from": {"location": "%s"}}]}""".formatted(lot, site.rack()));
        assertThat(consumed.status()).as(consumed.body()).isEqualTo(201);
        Answer made = other.post("operator", "/api/v1/production-orders/" + production + "/outputs", """
                {"outputs": [{"quantity": {"amount": 20, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String loaf = JsonPath.read(made.body(), "$.entries[0].lotNumber");

        assertThat(tracedFrom(lot)).containsExactlyInAnyOrder(lot, loaf);
        assertThat(onHand(lot)).isEqualByComparingTo("30");
    }

    @Test
    void a_consumption_reversed_on_one_instance_leaves_the_trace_and_the_mass_balance_on_the_other_at_once() {
        Item flour = shelf.item(PickingStrategy.FIFO);
        String lot = shelf.lotOf(flour).expiringInDays(30).put("50");
        Item bread = floor.anItem().register();
        String production = "P-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders",
                "{\"code\": \"%s\", \"outputSku\": \"%s\"}".formatted(production, bread.sku()))).hasStatus(201);
        MvcTestResult consumed = as("operator").post("/api/v1/production-orders/" + production + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 20, "unit": "KG"},
                             "from": {"location": "%s"}}]}""".formatted(lot, site.rack()));
        assertThat(consumed).hasStatus(201);
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + production + "/outputs", """
                {"outputs": [{"quantity": {"amount": 20, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        String loaf = read(made, "$.lots[0].lotNumber");
        assertThat(tracedFrom(lot)).containsExactlyInAnyOrder(lot, loaf);
        assertThat(onHand(lot)).isEqualByComparingTo("30");

        Number issue = read(consumed, "$.entries[0].id");
        Answer reversed = other.post("quality", "/api/v1/entries/" + issue + "/reversal",
                "{\"reason\": \"Wrong lot scanned\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);

        assertThat(tracedFrom(lot)).containsExactly(lot);
        assertThat(onHand(lot)).isEqualByComparingTo("50");
    }

    @Test
    void an_item_a_party_and_a_location_changed_on_one_instance_read_changed_on_the_other_at_once() {
        Item flour = floor.anItem().describedAs("Flour").shelfLife(30).register();
        Catalog there = other.bean(Catalog.class);
        long supplier = there.party(site.supplier()).id();
        long rack = there.location(site.rack()).id();
        assertThat(there.item(flour.id()).description()).isEqualTo("Flour");
        assertThat(there.item(flour.sku()).description()).isEqualTo("Flour");
        assertThat(there.party(supplier).name()).startsWith("Mill ");
        assertThat(there.party(site.supplier()).name()).startsWith("Mill ");
        assertThat(there.location(rack).pickable()).isTrue();
        assertThat(there.location(site.rack()).pickable()).isTrue();

        assertThat(as("supervisor").put("/api/v1/items/" + flour.sku(),
                "{\"description\": \"Rye flour\", \"shelfLifeDays\": 20}")).hasStatus(200);
        assertThat(as("supervisor").put("/api/v1/parties/" + site.supplier(),
                "{\"name\": \"Mill and sons\"}")).hasStatus(200);
        assertThat(as("supervisor").put("/api/v1/locations/" + site.rack(),
                "{\"name\": \"Rack A\", \"pickable\": false}")).hasStatus(200);

        assertThat(there.item(flour.id()).description()).isEqualTo("Rye flour");
        assertThat(there.item(flour.sku()).description()).isEqualTo("Rye flour");
        assertThat(there.items(List.of(flour.id())).get(flour.id()).shelfLifeDays()).isEqualTo(20);
        assertThat(there.party(supplier).name()).isEqualTo("Mill and sons");
        assertThat(there.party(site.supplier()).name()).isEqualTo("Mill and sons");
        assertThat(there.location(rack).pickable()).isFalse();
        assertThat(there.location(site.rack()).name()).isEqualTo("Rack A");
    }

    @Test
    void a_batch_policy_defined_on_one_instance_is_current_on_the_other_at_once() {
        Item shrimp = floor.anItem().describedAs("Shrimp").register();
        BatchPolicies there = other.bean(BatchPolicies.class);
        Optional<String> before = there.current(shrimp.id()).map(BatchPolicy::reason);

        assertThat(as("supervisor").put("/api/v1/items/" + shrimp.sku() + "/policy", """
                {"reason": "Farmed shrimp carry the farm", "attributes": [
                  {"name": "farm", "type": "TEXT", "requiredAt": ["RECEIPT"]}]}""")).hasStatus(200);

        assertThat(before).isNotEqualTo(Optional.of("Farmed shrimp carry the farm"));
        assertThat(there.current(shrimp.id()).map(BatchPolicy::reason)).contains("Farmed shrimp carry the farm");
    }

    @Test
    void on_postgresql_a_booking_on_one_instance_reaches_the_others_caches_before_anything_is_read_there()
            throws InterruptedException {
        assumeTrue(TestDatabase.isPostgres(), "H2 runs one instance and announces nothing");
        Shelf otherShelf = new Shelf(other.bean(Catalog.class), other.bean(Receiving.class),
                other.bean(Movements.class), site, clock);
        otherShelf.lotOf(shelf.item(PickingStrategy.FIFO)).expiringInDays(30).put("5");
        long head = jdbc.sql("select seq from ledger_chain where id = 1").query(Long.class).single();

        double followed = 0;
        for (int i = 0; i < 500 && followed < head; i++) {
            Thread.sleep(20);
            followed = meters.get("lotline.ledger.watermark").gauge().value();
        }

        assertThat(followed).isGreaterThanOrEqualTo(head);
    }

    private List<String> picksOf(String order) {
        assertThat(allocate(order)).hasStatus(200);
        return picks(pickList(order));
    }

    private List<String> tracedFrom(String lot) {
        MvcTestResult trace = as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + lot);
        assertThat(trace).hasStatus(200);
        return read(trace, "$.lots[*].lotNumber");
    }

    private BigDecimal onHand(String lot) {
        MvcTestResult balance = as("quality").get("/api/v1/mass-balance?lot=" + lot);
        assertThat(balance).hasStatus(200);
        Object amount = read(balance, "$[0].onHand.amount");
        return new BigDecimal(amount.toString());
    }

    private BigDecimal reservedOf(String lot) {
        return jdbc.sql("""
                        select coalesce(sum(r.quantity), 0) from stock_reservations r
                          join lots l on l.id = r.lot_id
                         where l.lot_number = ?""").param(lot).query(BigDecimal.class).single();
    }
}
