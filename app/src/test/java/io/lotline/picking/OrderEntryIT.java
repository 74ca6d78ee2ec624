package io.lotline.picking;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The order desk: entering orders, reading and listing them, cancelling them, and the input it refuses. */
class OrderEntryIT extends PickingIntegrationTest {

    @Test
    void an_order_is_entered_with_its_lines_in_the_unit_given_and_in_the_base_unit() {
        Item flour = floor.anItem().sku("FLOUR-" + site.site()).alsoIn("BAG", "25").register();

        MvcTestResult entered = as("operator").post("/api/v1/customer-orders", orderJson("SO-E-" + site.site(),
                site.customer(), 3, """
                        {"sku": "%s", "quantity": {"amount": 4, "unit": "BAG"}}""".formatted(flour.sku())));

        assertThat(entered).hasStatus(201);
        assertThat((String) read(entered, "$.status")).isEqualTo("OPEN");
        assertThat((String) read(entered, "$.customerName")).startsWith("Shop ");
        assertThat((String) read(entered, "$.lines[0].ordered.unit")).isEqualTo("BAG");
        assertThat(amount(entered, "$.lines[0].orderedInBaseUnit.amount")).isEqualByComparingTo("100");
        assertThat((String) read(entered, "$.lines[0].strategy")).isEqualTo("FEFO");
        assertThat(amount(entered, "$.lines[0].shortfall.amount")).isEqualByComparingTo("100");
        assertThat((List<String>) read(as("quality").get("/api/v1/customer-orders?status=OPEN&size=500"),
                "$.content[*].code")).contains("SO-E-" + site.site());
    }

    @Test
    void an_unknown_order_is_404() {
        assertThat(allocate("SO-NOPE")).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("order");
        assertThat(pickList("SO-NOPE")).hasStatus(404);
        assertThat(as("operator").get("/api/v1/customer-orders/SO-NOPE")).hasStatus(404);
        assertThat(confirm("SO-NOPE", 1, "{\"scan\": \"X\"}")).hasStatus(404);
    }

    @Test
    void an_unknown_item_or_customer_is_404_and_names_the_field() {
        MvcTestResult unknownItem = as("operator").post("/api/v1/customer-orders",
                orderJson("SO-U1-" + site.site(), site.customer(), 1, line("NO-SUCH-SKU", "1")));
        MvcTestResult unknownCustomer = as("operator").post("/api/v1/customer-orders",
                orderJson("SO-U2-" + site.site(), "NO-SUCH-CUSTOMER", 1, line("NO-SUCH-SKU", "1")));

        assertThat(unknownItem).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("lines[0].sku");
        assertThat(unknownCustomer).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("customer");
    }

    @Test
    void a_quantity_of_zero_or_less_is_400() {
        Item flour = shelf.item(PickingStrategy.FEFO);

        MvcTestResult zero = as("operator").post("/api/v1/customer-orders",
                orderJson("SO-Z-" + site.site(), site.customer(), 1, line(flour.sku(), "0")));
        MvcTestResult negative = as("operator").post("/api/v1/customer-orders",
                orderJson("SO-N-" + site.site(), site.customer(), 1, line(flour.sku(), "-5")));

        assertThat(zero).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("lines[0].quantity");
        assertThat(negative).hasStatus(400);
    }

    @Test
    void other_bad_orders_are_refused_with_the_rule() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item salt = shelf.item(PickingStrategy.FEFO);
        String saltLot = shelf.lotOf(salt).put("10");
        String code = order(1, line(flour.sku(), "1"));

        assertThat(as("operator").post("/api/v1/customer-orders", orderJson(code, site.customer(), 1,
                line(flour.sku(), "1")))).hasStatus(409).bodyJson().extractingPath("$.rule")
                .isEqualTo("order-code-unique");
        assertThat(as("operator").post("/api/v1/customer-orders", orderJson("SO-S-" + site.site(), site.supplier(),
                1, line(flour.sku(), "1")))).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("party-role");
        assertThat(as("operator").post("/api/v1/customer-orders", orderJson("SO-P-" + site.site(), site.customer(),
                -1, line(flour.sku(), "1")))).hasStatus(400).bodyJson().extractingPath("$.rule")
                .isEqualTo("ship-date-not-past");
        assertThat(as("operator").post("/api/v1/customer-orders", orderJson("SO-L-" + site.site(), site.customer(),
                1, "{\"sku\": \"" + flour.sku() + "\", \"quantity\": {\"amount\": 1, \"unit\": \"KG\"}, "
                        + "\"lotNumber\": \"" + saltLot + "\"}"))).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("lines[0].lotNumber");
        assertThat(as("operator").post("/api/v1/customer-orders", orderJson("SO-X-" + site.site(), site.customer(),
                1, "{\"sku\": \"" + flour.sku() + "\", \"quantity\": {\"amount\": 1, \"unit\": \"KG\"}, "
                        + "\"lotNumber\": \"NO-SUCH-LOT\"}"))).hasStatus(404);
        assertThat(as("operator").post("/api/v1/customer-orders", orderJson("SO-Y-" + site.site(), site.customer(),
                1))).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("order-lines");
    }

    @Test
    void cancelling_an_order_releases_its_reservations_and_picking_for_it_is_refused() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String lot = shelf.lotOf(flour).expiringInDays(10).put("30");
        String cancelled = order(1, line(flour.sku(), "30"));
        Object pick = read(allocate(cancelled), "$.picks[0].pick");

        MvcTestResult cancellation = as("operator").post("/api/v1/customer-orders/" + cancelled + "/cancellation",
                "{\"reason\": \"Customer called it off\"}");

        assertThat(cancellation).hasStatus(200);
        assertThat((String) read(cancellation, "$.status")).isEqualTo("CANCELLED");
        assertThat((String) read(cancellation, "$.cancelReason")).isEqualTo("Customer called it off");
        assertThat(picks(pickList(cancelled))).containsExactly(lot + "@" + site.rack() + "=30 RELEASED");
        assertThat(picks(allocate(order(1, line(flour.sku(), "30"))))).containsExactly(lot + "@" + site.rack()
                + "=30 RESERVED");
        MvcTestResult pickRefused = confirm(cancelled, pick, "{\"scan\": \"" + lot + "\"}");
        assertThat(pickRefused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("order-not-cancelled");
        assertThat(allocate(cancelled)).hasStatus(422);
        assertThat(as("operator").post("/api/v1/customer-orders/" + cancelled + "/shipment", "{}")).hasStatus(422);
    }
}
