package io.lotline.recall;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Flour a recall holds is reworked into bread: the recall's signed REWORK disposition names the production order that
 * may consume it, every other order is refused naming the recall, and the bread the rework makes is held by the same
 * recall until its own disposition releases it once the recall is closed.
 */
class RecallReworkIT extends IntegrationTest {
    private Floor.Site site;
    private Item bread;
    private String flour;
    private String code;
    private String rework;

    @BeforeEach
    void flourHeldByARecallAndAReworkOrder() {
        site = floor.aSite();
        flour = floor.receive(site, floor.anItem().alsoIn("BAG", "25").register(), "100", site.rack(), null);
        bread = floor.anItem().keptIn("EA").register();
        code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Foreign matter in the sieve", "scope": {"lots": ["%s"]}}""".formatted(flour)), "$.code");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}")).hasStatus(201);
        rework = order();
    }

    @Test
    void only_the_production_order_the_rework_names_consumes_the_held_lot() {
        MvcTestResult reworked = as("quality").post("/api/v1/recalls/" + code + "/dispositions", disposition(rework,
                PASSWORD));

        assertThat(reworked).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("RECALLED");
        assertThat((String) read(reworked, "$.productionOrder")).isEqualTo(rework);
        MvcTestResult other = consume(order(), "1", "BAG");
        assertThat(other).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(other)).contains(code);
        assertThat(consume(rework, "1", "BAG")).hasStatus(201);
        assertThat(ship(flour, "1", "KG")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("recall-holds-lot");
    }

    @Test
    void what_the_rework_makes_is_held_by_the_recall_and_released_signed_after_the_closure() {
        as("quality").post("/api/v1/recalls/" + code + "/dispositions", disposition(rework, PASSWORD));
        assertThat(consume(rework, "2", "BAG")).hasStatus(201);
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + rework + "/outputs", """
                {"outputs": [{"quantity": {"amount": 80, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201).bodyJson().extractingPath("$.lots[0].status").isEqualTo("RECALLED");
        String loaves = read(made, "$.lots[0].lotNumber");

        assertThat((String) read(as("quality").get("/api/v1/lots/" + loaves), "$.lot.heldByRecall")).isEqualTo(code);
        MvcTestResult shipped = ship(loaves, "10", "EA");
        assertThat(shipped).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(shipped)).contains(code);
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions", release(loaves))).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("recall-closed-or-out-of-scope");

        assertThat(as("quality").post("/api/v1/recalls/" + code + "/closure", """
                {"password": "%s", "summary": "Sieved and re-baked"}""".formatted(PASSWORD))).hasStatus(200);
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions", release(loaves))).hasStatus(201)
                .bodyJson().extractingPath("$.status").isEqualTo("RELEASED");
        assertThat(ship(loaves, "10", "EA")).hasStatus(201);
        assertThat(consume(rework, "1", "BAG")).hasStatus(201);
        assertThat((String) read(as("quality").get("/api/v1/lots/" + loaves), "$.lot.status"))
                .as("released by its disposition, not held again").isEqualTo("RELEASED");
    }

    @Test
    void what_the_rework_order_made_before_it_consumed_the_held_lot_is_held_when_it_does() {
        as("quality").post("/api/v1/recalls/" + code + "/dispositions", disposition(rework, PASSWORD));
        String early = read(as("operator").post("/api/v1/production-orders/" + rework + "/outputs", """
                {"outputs": [{"quantity": {"amount": 5, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack())), "$.lots[0].lotNumber");

        assertThat(consume(rework, "1", "BAG")).hasStatus(201);

        assertThat((String) read(as("quality").get("/api/v1/lots/" + early), "$.lot.heldByRecall")).isEqualTo(code);
        assertThat(ship(early, "1", "EA")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("recall-holds-lot");
    }

    @Test
    void a_rework_names_its_order_and_is_signed_or_nothing_is_allowed() {
        long reworks = count("recall_reworks");
        MvcTestResult unnamed = as("quality").post("/api/v1/recalls/" + code + "/dispositions", """
                {"lotNumber": "%s", "disposition": "REWORK", "reason": "Sieve again", "password": "%s"}"""
                .formatted(flour, PASSWORD));
        MvcTestResult unsigned = as("quality").post("/api/v1/recalls/" + code + "/dispositions",
                disposition(rework, "wrong-password-1"));

        assertThat(unnamed).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("rework-names-order");
        assertThat(unsigned).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("signature-password");
        assertThat(count("recall_reworks")).as("no rework recorded").isEqualTo(reworks);
        assertThat(consume(rework, "1", "BAG")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("recall-holds-lot");
    }

    /** A production order for bread, open. */
    private String order() {
        String order = "PO-RW-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, bread.sku()))).hasStatus(201);
        return order;
    }

    private MvcTestResult consume(String order, String amount, String unit) {
        return as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "from": {"location": "%s"}}]}"""
                .formatted(flour, amount, unit, site.rack()));
    }

    private MvcTestResult ship(String lot, String amount, String unit) {
        return as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, amount, unit, site.rack(), site.customer()));
    }

    private String disposition(String order, String password) {
        return """
                {"lotNumber": "%s", "disposition": "REWORK", "productionOrder": "%s", "reason": "Sieve and re-bake",
                 "password": "%s"}""".formatted(flour, order, password);
    }

    private String release(String lot) {
        return """
                {"lotNumber": "%s", "disposition": "RELEASE", "reason": "Lab retest negative", "password": "%s"}"""
                .formatted(lot, PASSWORD);
    }
}
