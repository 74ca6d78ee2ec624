package io.lotline.picking;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Status is enforced where stock is reserved too: a lot that leaves RELEASED gives its reservations back at once. */
class BlockedLotIT extends PickingIntegrationTest {

    @Test
    void a_recalled_lot_loses_its_reservations_and_the_order_is_allocated_from_other_stock() {
        Item cheese = floor.anItem().register();
        String first = shelf.lotOf(cheese).expiringInDays(20).receivedDaysAgo(3).on(site.rack(), Shelf.pallet()).put("10");
        String second = shelf.lotOf(cheese).expiringInDays(30).receivedDaysAgo(2).on(site.rack(), Shelf.pallet()).put("10");
        String order = order(1, line(cheese.sku(), "10"));
        assertThat((List<String>) read(allocate(order), "$.picks[*].lotNumber")).containsExactly(first);

        String recall = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Listeria", "scope": {"lots": ["%s"]}}""".formatted(first)), "$.code");
        assertThat(as("quality").post("/api/v1/recalls/" + recall + "/confirmation", "{}")).hasStatus(201);

        MvcTestResult after = pickList(order);
        assertThat((List<String>) read(after, "$.picks[?(@.lotNumber == '" + first + "')].status"))
                .containsOnly("RELEASED");
        MvcTestResult again = allocate(order);
        assertThat((List<String>) read(again, "$.picks[?(@.status == 'RESERVED')].lotNumber")).containsExactly(second);
    }

    @Test
    void a_lot_put_on_hold_is_released_from_the_order() {
        Item cheese = floor.anItem().register();
        String lot = shelf.lotOf(cheese).expiringInDays(20).receivedDaysAgo(3).on(site.rack(), Shelf.pallet()).put("10");
        String order = order(1, line(cheese.sku(), "5"));
        allocate(order);

        as("quality").post("/api/v1/lots/" + lot + "/status", "{\"status\": \"ON_HOLD\", \"reason\": \"Swollen pack\"}");

        assertThat((List<String>) read(pickList(order), "$.picks[*].status")).containsOnly("RELEASED");
    }
}
