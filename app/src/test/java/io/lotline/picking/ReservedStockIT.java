package io.lotline.picking;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Stock an order holds stays where its pick list sends the operator: the ledger refuses to transfer, scrap or ship
 * it elsewhere, and says which orders hold it. What lies there beyond the reservations moves freely, the order's own
 * shipment takes it, and a count records what it finds whatever is reserved.
 */
class ReservedStockIT extends PickingIntegrationTest {

    private String transfer(String lot, String amount, String pallet) {
        return """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"},
                 "from": {"location": "%s", "pallet": "%s"}, "to": {"location": "%s", "pallet": null}}"""
                .formatted(lot, amount, site.rack(), pallet, site.dock());
    }

    /** A pallet with 50 KG of one lot, 30 KG of which an allocated order holds by its only pick. */
    private record Held(String lot, String pallet, String order, Object pick) {
    }

    private Held thirtyOfFiftyHeld() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        String lot = shelf.lotOf(flour).expiringInDays(30).on(site.rack(), pallet).put("50");
        String order = order(1, line(flour.sku(), "30"));
        MvcTestResult allocated = allocate(order);
        assertThat(allocated).hasStatus(200);
        return new Held(lot, pallet, order, read(allocated, "$.picks[0].pick"));
    }

    private BigDecimal onPallet(String pallet) {
        return jdbc.sql("""
                        select coalesce(sum(b.quantity), 0) from stock_balances b
                          join containers c on c.id = b.container_id where c.code = ?""")
                .param(pallet).query(BigDecimal.class).single();
    }

    @Test
    void a_transfer_of_stock_an_order_holds_is_refused_with_the_order_and_nothing_moves() {
        Held held = thirtyOfFiftyHeld();
        String lot = held.lot();
        String pallet = held.pallet();
        long entries = count("ledger_entries");

        MvcTestResult refused = as("operator").post("/api/v1/transfers", transfer(lot, "21", pallet));

        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-unreserved");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("quantity");
        assertThat((String) read(refused, "$.detail")).contains("has 50 KG at " + site.rack() + " on pallet "
                + pallet + ", of which 30 KG is reserved for order " + held.order() + "; 21 KG cannot be taken");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(onPallet(pallet)).isEqualByComparingTo("50");
        assertThat(picks(pickList(held.order())))
                .containsExactly(lot + "@" + site.rack() + "/" + pallet + "=30 RESERVED");
    }

    @Test
    void what_lies_there_beyond_the_reservations_moves_and_scrapping_minds_them_too() {
        Held held = thirtyOfFiftyHeld();
        String lot = held.lot();
        String pallet = held.pallet();

        assertThat(as("operator").post("/api/v1/transfers", transfer(lot, "20", pallet))).hasStatus(201);
        MvcTestResult scrapped = as("operator").post("/api/v1/scraps", """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "KG"},
                 "from": {"location": "%s", "pallet": "%s"}, "reasonCode": "DAMAGED"}"""
                .formatted(lot, site.rack(), pallet));

        assertThat(scrapped).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-unreserved");
        assertThat(onPallet(pallet)).isEqualByComparingTo("30");
    }

    @Test
    void a_shipment_booked_without_the_order_is_refused_and_one_under_another_order_too() {
        Held held = thirtyOfFiftyHeld();
        String ship = """
                {"lotNumber": "%s", "quantity": {"amount": 25, "unit": "KG"},
                 "from": {"location": "%s", "pallet": "%s"}, "customer": "%s"%s}""";

        MvcTestResult without = as("operator").post("/api/v1/shipments",
                ship.formatted(held.lot(), site.rack(), held.pallet(), site.customer(), ""));
        MvcTestResult another = as("operator").post("/api/v1/shipments",
                ship.formatted(held.lot(), site.rack(), held.pallet(), site.customer(),
                        ", \"references\": {\"customerOrder\": \"SO-OTHER\"}"));

        assertThat(without).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-unreserved");
        assertThat(another).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-unreserved");
        assertThat(onPallet(held.pallet())).isEqualByComparingTo("50");
    }

    @Test
    void once_the_order_is_cancelled_its_stock_moves_again() {
        Held held = thirtyOfFiftyHeld();
        String lot = held.lot();
        String pallet = held.pallet();
        assertThat(as("operator").post("/api/v1/customer-orders/" + held.order() + "/cancellation",
                "{\"reason\": \"customer called\"}")).hasStatus(200);

        assertThat(as("operator").post("/api/v1/transfers", transfer(lot, "50", pallet))).hasStatus(201);
        assertThat(onPallet(pallet)).isEqualByComparingTo("0");
    }

    @Test
    void an_order_ships_its_picks_from_a_pallet_another_order_holds_the_rest_of() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        shelf.lotOf(flour).expiringInDays(30).on(site.rack(), pallet).put("50");
        String first = order(1, line(flour.sku(), "20"));
        String second = order(1, line(flour.sku(), "30"));
        Object pick = read(allocate(first), "$.picks[0].pick");
        assertThat(allocate(second)).hasStatus(200);
        assertThat(confirm(first, pick, "{\"scan\": \"" + pallet + "\"}")).hasStatus(200);

        MvcTestResult shipped = as("operator").post("/api/v1/customer-orders/" + first + "/shipment", "{}");

        assertThat(shipped).hasStatus(201);
        assertThat(onPallet(pallet)).isEqualByComparingTo("30");
        assertThat(picks(pickList(second))).hasSize(1).allMatch(p -> p.endsWith("=30 RESERVED"));
    }

    @Test
    void a_count_records_what_it_finds_below_what_is_reserved_and_the_operator_picks_that_short() {
        Held held = thirtyOfFiftyHeld();
        String lot = held.lot();
        String pallet = held.pallet();

        MvcTestResult counted = as("operator").post("/api/v1/counts", """
                {"lotNumber": "%s", "at": {"location": "%s", "pallet": "%s"},
                 "counted": {"amount": 10, "unit": "KG"}}"""
                .formatted(lot, site.rack(), pallet));
        MvcTestResult shortPick = confirm(held.order(), held.pick(), "{\"scan\": \"" + pallet + "\", "
                + "\"quantity\": {\"amount\": 10, \"unit\": \"KG\"}}");

        assertThat(counted).hasStatus(201);
        assertThat((List<String>) read(counted, "$.entries[*].type")).containsExactly("COUNT_ADJUSTMENT");
        assertThat(onPallet(pallet)).isEqualByComparingTo("10");
        assertThat(shortPick).hasStatus(200);
        assertThat(picks(shortPick)).containsExactly(lot + "@" + site.rack() + "/" + pallet + "=30 PICKED");
        assertThat(jdbc.sql("select quantity from stock_reservations where id = ?").param(((Number) held.pick()).longValue())
                .query(BigDecimal.class).single()).isEqualByComparingTo("10");
    }
}
