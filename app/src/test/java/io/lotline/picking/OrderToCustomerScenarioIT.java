package io.lotline.picking;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.LotStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A café orders butter for next week, told through the API. Four butter lots are in the cold store; one is on hold.
 * The café wants at least two weeks of shelf life. The order desk allocates, the handheld lists the picks with the
 * reasons, the picker first scans the wrong pallet and is stopped, then scans the right ones, finding one pallet
 * short. The picks ship, and quality's forward trace of the lot shows the café.
 */
class OrderToCustomerScenarioIT extends PickingIntegrationTest {

    @Test
    void butter_goes_from_the_cold_store_to_the_cafe_by_fefo_with_reasons_scans_and_a_trace() {
        Item butter = shelf.item(PickingStrategy.FEFO);
        String palletSoon = Shelf.sscc();
        String palletNext = Shelf.pallet();
        String palletLate = Shelf.pallet();
        String palletHeld = Shelf.pallet();
        String tooShort = shelf.lotOf(butter).expiringInDays(15).receivedDaysAgo(20).on(site.rack(), Shelf.pallet())
                .put("40");
        String soon = shelf.lotOf(butter).expiringInDays(30).receivedDaysAgo(10).on(site.rack(), palletSoon).put("40");
        String next = shelf.lotOf(butter).expiringInDays(45).receivedDaysAgo(5).on(site.rack(), palletNext).put("40");
        String held = shelf.lotOf(butter).expiringInDays(25).receivedDaysAgo(8).on(site.rack(), palletHeld).put("40");
        String late = shelf.lotOf(butter).expiringInDays(90).receivedDaysAgo(1).on(site.rack(), palletLate).put("40");
        shelf.changeStatus(held, LotStatus.ON_HOLD);

        // The café wants at least 14 days of shelf life on the day the butter arrives.
        assertThat(as("supervisor").put("/api/v1/customers/" + site.customer() + "/shelf-life-requirements",
                "{\"minimumRemainingDays\": 14}")).hasStatus(200);

        // The order desk enters 60 KG for next week and allocates it.
        String order = order(7, line(butter.sku(), "60"));
        MvcTestResult allocated = allocate(order);
        assertThat(allocated).hasStatus(200);
        assertThat(picks(allocated)).containsExactly(
                soon + "@" + site.rack() + "/" + palletSoon + "=40 RESERVED",
                next + "@" + site.rack() + "/" + palletNext + "=20 RESERVED");
        assertThat((List<String>) read(allocated, "$.picks[*].reason")).containsExactly(
                "FEFO: expires " + inDays(30) + ", earliest of 3 eligible lots",
                "FEFO: expires " + inDays(45) + ", 2nd of 3 eligible lots");
        List<Map<String, Object>> skipped = read(allocated, "$.lines[0].skipped");
        assertThat(skipped).extracting(s -> s.get("lotNumber") + ": " + s.get("reason")).containsExactlyInAnyOrder(
                held + ": on hold",
                tooShort + ": expires " + inDays(15) + ": 8 days of shelf life left on the ship date " + inDays(7)
                        + ", customer " + site.customer() + " requires at least 14");
        assertThat(late).isNotBlank();

        // The handheld shows the same picks in walking order.
        MvcTestResult handheld = as("operator").get("/api/v1/customer-orders/" + order + "/pick-list");
        assertThat(picks(handheld)).isEqualTo(picks(allocated));
        List<Map<String, Object>> list = read(handheld, "$.picks");
        Object firstPick = list.get(0).get("pick");
        Object secondPick = list.get(1).get("pick");

        // At the first place the picker scans the pallet of the lot on hold: refused, nothing moves.
        MvcTestResult wrong = confirm(order, firstPick, "{\"scan\": \"" + palletHeld + "\"}");
        assertThat(wrong).hasStatus(422);
        assertThat((String) read(wrong, "$.detail")).contains("holds lot " + held);

        // Then the right pallet, by its SSCC label; at the second place only 18 KG are there.
        assertThat(confirm(order, firstPick, "{\"scan\": \"(00)" + palletSoon + "\"}")).hasStatus(200);
        MvcTestResult shortPick = confirm(order, secondPick, "{\"scan\": \"" + palletNext + "\", "
                + "\"quantity\": {\"amount\": 18, \"unit\": \"KG\"}}");
        assertThat(amount(shortPick, "$.lines[0].shortfall.amount")).isEqualByComparingTo("2");

        // The picks ship to the café under the order and the delivery note.
        MvcTestResult shipped = as("operator").post("/api/v1/customer-orders/" + order + "/shipment",
                "{\"deliveryNote\": \"DN-" + order + "\"}");
        assertThat(shipped).hasStatus(201);
        assertThat((List<String>) read(shipped, "$.lines[*].lotNumber")).containsExactlyInAnyOrder(soon, next);
        assertThat(amount(as("operator").get("/api/v1/lots/" + next), "$.onHand.amount"))
                .isEqualByComparingTo("22");

        // Quality traces the first lot forward: it went to the café, with the order and the delivery note.
        MvcTestResult trace = as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + soon);
        assertThat(trace).hasStatus(200);
        assertThat((List<String>) read(trace, "$.shipments[*].customer")).containsExactly(site.customer());
        assertThat((List<String>) read(trace, "$.shipments[*].customerOrder")).containsExactly(order);
        assertThat((List<String>) read(trace, "$.shipments[*].deliveryNote")).containsExactly("DN-" + order);
    }
}
