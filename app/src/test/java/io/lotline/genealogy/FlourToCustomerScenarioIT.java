package io.lotline.genealogy;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A bakery's week, told through the API: two flour lots and a salt lot arrive; a dough batch consumes them; the
 * dough and butter become croissants; the croissant lot is split onto two pallets; one pallet ships to a café. Then a
 * supplier reports a problem with one flour lot, and quality traces it forward to the café, and traces the
 * croissants back to every supplier.
 */
class FlourToCustomerScenarioIT extends IntegrationTest {

    @Test
    void a_contaminated_flour_lot_is_traced_to_the_cafe_and_the_croissants_back_to_every_supplier() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().shelfLife(365).register();
        Item salt = floor.anItem().shelfLife(1000).register();
        Item butter = floor.anItem().shelfLife(30).register();
        Item dough = floor.anItem().shelfLife(3).register();
        Item croissant = floor.anItem().keptIn("EA").shelfLife(5).register();
        assertThat(as("supervisor").put("/api/v1/items/" + croissant.sku() + "/production-rules",
                "{\"requiresInputs\": true, \"expiryFromInputs\": true}")).hasStatus(200);

        // Monday: raw materials arrive.
        String flourA = floor.receive(site, flour, "500", site.rack(), null);
        String flourB = floor.receive(site, flour, "500", site.rack(), null);
        String saltLot = floor.receive(site, salt, "50", site.rack(), null);
        String butterLot = floor.receive(site, butter, "40", site.rack(), null, LocalDate.now().plusDays(2));

        // Tuesday: a dough batch uses part of both flour lots and some salt.
        String doughOrder = "DOUGH-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s", "plannedQuantity": {"amount": 300, "unit": "KG"},
                 "lineCode": "L1", "shiftCode": "A",
                 "recipe": [{"sku": "%s", "quantity": {"amount": 295, "unit": "KG"}},
                            {"sku": "%s", "quantity": {"amount": 5, "unit": "KG"}}]}"""
                .formatted(doughOrder, dough.sku(), flour.sku(), salt.sku()))).hasStatus(201);
        assertThat(as("operator").post("/api/v1/production-orders/" + doughOrder + "/consumptions", """
                {"inputs": [%s, %s, %s]}""".formatted(input(flourA, "200", "KG", site.rack()),
                input(flourB, "100", "KG", site.rack()), input(saltLot, "6", "KG", site.rack())))).hasStatus(201);
        MvcTestResult doughMade = as("operator").post("/api/v1/production-orders/" + doughOrder + "/outputs", """
                {"outputs": [{"quantity": {"amount": 290, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(doughMade).hasStatus(201);
        String doughLot = read(doughMade, "$.lots[0].lotNumber");
        MvcTestResult completed = as("operator").post("/api/v1/production-orders/" + doughOrder + "/completion", "{}");
        assertThat(completed).hasStatus(201);
        assertThat(amount(completed, "$.yieldPercent")).isEqualByComparingTo("96.667");
        assertThat((List<Map<String, Object>>) read(completed, "$.recipe")).hasSize(2);

        // Wednesday: croissants from dough and butter; their expiry is the butter's, the earliest input.
        String croissantOrder = "CROISSANT-" + Floor.next();
        as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s", "plannedQuantity": {"amount": 4000, "unit": "EA"}}"""
                .formatted(croissantOrder, croissant.sku()));
        as("operator").post("/api/v1/production-orders/" + croissantOrder + "/consumptions", """
                {"inputs": [%s, %s]}""".formatted(input(doughLot, "280", "KG", site.rack()),
                input(butterLot, "30", "KG", site.rack())));
        MvcTestResult croissantsMade = as("operator").post("/api/v1/production-orders/" + croissantOrder
                + "/outputs", """
                {"outputs": [{"quantity": {"amount": 4000, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        String croissantLot = read(croissantsMade, "$.lots[0].lotNumber");
        assertThat((String) read(croissantsMade, "$.lots[0].expiryDate"))
                .isEqualTo(LocalDate.now().plusDays(2).toString());

        // Thursday: the croissant lot is split onto two pallets; one pallet goes to the café.
        MvcTestResult split = as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": 2500, "unit": "EA"}, "to": {"location": "%s", "pallet": "LP-S1-%d"}},
                           {"quantity": {"amount": 1500, "unit": "EA"}, "to": {"location": "%s", "pallet": "LP-S2-%d"}}]}"""
                .formatted(croissantLot, site.rack(), site.rack(), Floor.next(), site.rack(), Floor.next()));
        assertThat(split).hasStatus(201);
        String pallet1Lot = read(split, "$.lots[0].lotNumber");
        String pallet1 = read(split, "$.lots[0].pallet");
        String pallet2Lot = read(split, "$.lots[1].lotNumber");
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 2500, "unit": "EA"},
                 "from": {"location": "%s", "pallet": "%s"}, "customer": "%s",
                 "references": {"customerOrder": "SO-88", "deliveryNote": "DN-88"}}"""
                .formatted(pallet1Lot, site.rack(), pallet1, site.customer()))).hasStatus(201);

        // Friday: the mill reports flour lot A. Quality traces it forward.
        MvcTestResult forward = as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + flourA);
        assertThat(forward).hasStatus(200);
        assertThat((List<String>) read(forward, "$.lots[*].lotNumber"))
                .containsExactly(flourA, doughLot, croissantLot, pallet1Lot, pallet2Lot);
        assertThat((List<Integer>) read(forward, "$.lots[*].depth")).containsExactly(0, 1, 2, 3, 3);
        assertThat((List<String>) read(forward, "$.lots[*].lotNumber")).doesNotContain(flourB, saltLot, butterLot);
        assertThat((List<String>) read(forward, "$.shipments[*].customer")).containsExactly(site.customer());
        assertThat((List<String>) read(forward, "$.shipments[*].deliveryNote")).containsExactly("DN-88");
        assertThat((List<String>) read(forward, "$.shipments[*].email")).containsExactly("ben@shop.example");
        assertThat((List<String>) read(forward, "$.stock[*].lotNumber")).contains(flourA, pallet2Lot);
        assertThat((List<String>) read(forward, "$.edges[*].productionOrder")).contains(doughOrder, croissantOrder);
        List<Map<String, Object>> shares = read(forward, "$.inputShares[?(@.output == '" + doughLot + "')]");
        assertThat(shares).extracting(s -> s.get("input") + "=" + s.get("share"))
                .contains(flourA + "=0.653595");

        // And traces the croissants on the café's pallet back to every supplier.
        MvcTestResult reverse = as("compliance").get("/api/v1/traces?direction=REVERSE&lot=" + pallet1Lot);
        assertThat((List<String>) read(reverse, "$.lots[*].lotNumber"))
                .containsExactlyInAnyOrder(pallet1Lot, croissantLot, doughLot, butterLot, flourA, flourB, saltLot);
        assertThat((List<String>) read(reverse, "$.receipts[*].lotNumber"))
                .containsExactlyInAnyOrder(flourA, flourB, saltLot, butterLot);
        assertThat((List<String>) read(reverse, "$.receipts[*].supplier")).containsOnly(site.supplier());

        // A depth limit stops the walk; the CSV lists the café with its contact.
        assertThat((Integer) read(as("quality").get("/api/v1/traces?direction=FORWARD&maxDepth=1&lot=" + flourA),
                "$.lotsReached")).isEqualTo(2);
        MvcTestResult csv = as("quality").get("/api/v1/traces/csv?direction=FORWARD&lot=" + flourA);
        assertThat(csv).hasStatus(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(io.lotline.support.Api.body(csv)).contains(pallet1Lot).contains(site.customer() + ",Shop ")
                .contains("DN-88");

        // Traces are for quality and compliance, and each one is on record.
        assertThat(as("operator").get("/api/v1/traces?direction=FORWARD&lot=" + flourA)).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from trace_requests where roots = ? and actor = 'quality'")
                .param(flourA).query(Long.class).single()).isEqualTo(3);
    }

    private static String input(String lot, String amount, String unit, String location) {
        return """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "from": {"location": "%s"}}"""
                .formatted(lot, amount, unit, location);
    }
}
