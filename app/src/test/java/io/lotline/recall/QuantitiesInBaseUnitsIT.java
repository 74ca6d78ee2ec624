package io.lotline.recall;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Flour is kept in KG and ordered, shipped and returned in BAG of 25 KG. Wherever quantities are compared or summed
 * (recall returns, effectiveness, pick lists, shortfall, over-pick) they are compared in KG, and shown as the user
 * booked them: "2 BAG (50 KG)".
 */
class QuantitiesInBaseUnitsIT extends IntegrationTest {
    @Autowired
    Clock clock;

    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void flourKeptInKgShippedInBags() {
        site = floor.aSite();
        flour = floor.anItem().alsoIn("BAG", "25").register();
        lot = floor.receive(site, flour, "100", site.rack(), null);
    }

    @Test
    void a_recall_takes_back_exactly_the_bags_shipped_and_reaches_full_effectiveness() {
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 2, "unit": "BAG"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, site.rack(), site.customer()))).hasStatus(201);
        String code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Ergot", "scope": {"lots": ["%s"]}}""".formatted(lot)), "$.code");
        as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}");
        String back = """
                {"customer": "%s", "lotNumber": "%s", "quantity": {"amount": 1, "unit": "%s"}, "location": "%s"}""";

        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns",
                back.formatted(site.customer(), lot, "BAG", site.quarantine()))).hasStatus(201);
        assertThat(amount(as("quality").get("/api/v1/recalls/" + code), "$.effectiveness"))
                .isEqualByComparingTo("0.5");
        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns",
                back.formatted(site.customer(), lot, "BAG", site.quarantine()))).hasStatus(201);
        MvcTestResult tooMuch = as("operator").post("/api/v1/recalls/" + code + "/returns",
                back.formatted(site.customer(), lot, "KG", site.quarantine()));

        assertThat(tooMuch).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-shipped");
        assertThat(body(tooMuch)).contains("received 2 BAG (50 KG)").contains("returned 50 KG")
                .contains("1 KG more is too much");
        MvcTestResult report = as("quality").get("/api/v1/recalls/" + code);
        assertThat(amount(report, "$.effectiveness")).isEqualByComparingTo("1");
        assertThat((String) read(report, "$.customers[0].shippedAsBooked")).isEqualTo("2 BAG (50 KG)");
        assertThat(amount(report, "$.customers[0].shipped.amount")).isEqualByComparingTo("50");
        assertThat((String) read(report, "$.customers[0].shipped.unit")).isEqualTo("KG");
        assertThat(amount(report, "$.customers[0].recovered.amount")).isEqualByComparingTo("50");
        assertThat(amount(report, "$.customers[0].effectiveness")).isEqualByComparingTo("1");
    }

    @Test
    void a_pick_list_for_bags_shows_bags_with_their_kg_and_compares_in_kg() {
        String order = "SO-" + Floor.next();
        assertThat(as("operator").post("/api/v1/customer-orders", """
                {"code": "%s", "customer": "%s", "shipDate": "%s",
                 "lines": [{"sku": "%s", "quantity": {"amount": 2, "unit": "BAG"}},
                           {"sku": "%s", "quantity": {"amount": 5, "unit": "BAG"}}]}"""
                .formatted(order, site.customer(), LocalDate.now(clock).plusDays(1), flour.sku(), flour.sku())))
                .hasStatus(201);

        MvcTestResult pickList = as("operator").post("/api/v1/customer-orders/" + order + "/allocation", "");

        assertThat(pickList).hasStatus(200);
        assertThat((String) read(pickList, "$.lines[0].orderedAsBooked")).isEqualTo("2 BAG (50 KG)");
        assertThat(amount(pickList, "$.lines[0].ordered.amount")).isEqualByComparingTo("50");
        assertThat(amount(pickList, "$.lines[0].shortfall.amount")).isEqualByComparingTo("0");
        assertThat((String) read(pickList, "$.lines[1].orderedAsBooked")).isEqualTo("5 BAG (125 KG)");
        assertThat(amount(pickList, "$.lines[1].allocated.amount")).isEqualByComparingTo("50");
        assertThat(amount(pickList, "$.lines[1].shortfall.amount")).as("125 KG ordered, 50 KG left after line 1")
                .isEqualByComparingTo("75");
        assertThat((List<String>) read(pickList, "$.picks[?(@.line == 1)].asBooked")).containsExactly("2 BAG (50 KG)");
        assertThat((List<String>) read(pickList, "$.picks[?(@.line == 2)].asBooked")).containsExactly("2 BAG (50 KG)");

        Number pick = ((List<Number>) read(pickList, "$.picks[?(@.line == 1)].pick")).get(0);
        MvcTestResult overPick = as("operator").post("/api/v1/customer-orders/" + order + "/picks/" + pick
                + "/confirmation", """
                {"scan": "%s", "quantity": {"amount": 3, "unit": "BAG"}}""".formatted(lot));
        assertThat(overPick).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-allocated");
        assertThat(body(overPick)).contains("holds 2 BAG (50 KG); 3 BAG (75 KG) cannot be confirmed");
        MvcTestResult exact = as("operator").post("/api/v1/customer-orders/" + order + "/picks/" + pick
                + "/confirmation", """
                {"scan": "%s", "quantity": {"amount": 2, "unit": "BAG"}}""".formatted(lot));
        assertThat(exact).hasStatus(200);
        assertThat(amount(exact, "$.lines[0].allocated.amount")).isEqualByComparingTo("50");
    }
}
