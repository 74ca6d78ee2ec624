package io.lotline.genealogy;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What production, splits and merges refuse, and what they keep. */
class GenealogyRulesIT extends IntegrationTest {
    private Floor.Site site;
    private Item flour;

    @BeforeEach
    void aSite() {
        site = floor.aSite();
        flour = floor.anItem().register();
    }

    private String input(String lot, String amount) {
        return """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"}}"""
                .formatted(lot, amount, site.rack());
    }

    private MvcTestResult merge(String intoLot, String... inputs) {
        return as("operator").post("/api/v1/merges", """
                {"inputs": [%s], "intoLot": %s, "to": {"location": "%s"}}"""
                .formatted(String.join(",", inputs), intoLot == null ? "null" : "\"" + intoLot + "\"", site.rack()));
    }

    @Test
    void a_merge_that_would_make_a_lot_its_own_ancestor_is_refused_and_books_nothing() {
        String silo = floor.receive(site, flour, "100", site.rack(), null);
        String other = floor.receive(site, flour, "100", site.rack(), null);
        String blend = read(merge(null, input(silo, "10"), input(other, "10")), "$.lots[0].lotNumber");
        long entries = count("ledger_entries");
        long edges = count("genealogy_edges");

        MvcTestResult cycle = merge(silo, input(blend, "5"));

        assertThat(cycle).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("genealogy-acyclic");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(count("genealogy_edges")).isEqualTo(edges);
        assertThat(merge(silo, input(silo, "5"))).hasStatus(422);
        assertThat(merge(other, input(silo, "5"))).hasStatus(201);
    }

    @Test
    void consumption_takes_only_what_is_on_hand_and_only_from_released_lots() {
        String order = "P-" + Floor.next();
        Item bread = floor.anItem().register();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, bread.sku()));
        String lot = floor.receive(site, flour, "10", site.rack(), null);

        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/consumptions",
                "{\"inputs\": [" + input(lot, "11") + "]}")).hasStatus(409)
                .bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-on-hand");
        as("quality").post("/api/v1/lots/" + lot + "/status", "{\"status\": \"ON_HOLD\", \"reason\": \"suspect\"}");
        MvcTestResult onHold = as("operator").post("/api/v1/production-orders/" + order + "/consumptions",
                "{\"inputs\": [" + input(lot, "1") + "]}");
        assertThat(onHold).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("lot-released");
        assertThat(as("operator").post("/api/v1/production-orders/NO-SUCH/consumptions",
                "{\"inputs\": [" + input(lot, "1") + "]}")).hasStatus(404);
    }

    @Test
    void an_item_made_from_inputs_cannot_be_output_before_anything_was_consumed() {
        Item bread = floor.anItem().register();
        as("supervisor").put("/api/v1/items/" + bread.sku() + "/production-rules",
                "{\"requiresInputs\": true, \"expiryFromInputs\": false}");
        String order = "P-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, bread.sku()));

        MvcTestResult refused = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 5, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));

        assertThat(refused).hasStatus(422);
        assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("output-requires-inputs");
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("outputs[0].sku");
    }

    @Test
    void nothing_more_is_booked_on_a_completed_order() {
        Item bread = floor.anItem().register();
        String order = "P-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, bread.sku()));
        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/completion", "{}")).hasStatus(201);

        MvcTestResult late = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 5, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));

        assertThat(late).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("order-open");
    }

    @Test
    void a_split_part_keeps_the_status_and_supplier_lot_of_its_source() {
        Item yeast = floor.anItem().quarantinedOnReceipt().register();
        String lot = floor.receive(site, yeast, "10", site.quarantine(), null);

        MvcTestResult split = as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": 4, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(lot, site.quarantine(), site.quarantine()));

        assertThat(split).hasStatus(201);
        assertThat((String) read(split, "$.lots[0].status")).isEqualTo("QUARANTINE");
        String part = read(split, "$.lots[0].lotNumber");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + part), "$.lot.supplierLot"))
                .isEqualTo(read(as("quality").get("/api/v1/lots/" + lot), "$.lot.supplierLot"));
    }

    @Test
    void a_merge_blends_lots_of_one_item_only() {
        Item sugar = floor.anItem().register();
        String flourLot = floor.receive(site, flour, "10", site.rack(), null);
        String sugarLot = floor.receive(site, sugar, "10", site.rack(), null);

        MvcTestResult mixed = merge(null, input(flourLot, "1"), input(sugarLot, "1"));

        assertThat(mixed).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("merge-same-item");
        assertThat(mixed).bodyJson().extractingPath("$.field").isEqualTo("inputs[1].lotNumber");
    }

    @Test
    void a_trace_of_an_unknown_lot_is_a_404_and_a_bad_direction_a_400() {
        assertThat(as("quality").get("/api/v1/traces?direction=FORWARD&lot=NOPE")).hasStatus(404);
        assertThat(as("quality").get("/api/v1/traces?direction=SIDEWAYS&lot=NOPE")).hasStatus(400)
                .bodyJson().extractingPath("$.rule").isEqualTo("trace-direction");
        assertThat(as("quality").get("/api/v1/traces?direction=FORWARD&maxDepth=0&lot=x")).hasStatus(400);
    }
}
