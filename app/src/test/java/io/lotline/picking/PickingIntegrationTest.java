package io.lotline.picking;

import static io.lotline.support.Api.read;

import io.lotline.catalog.Catalog;
import io.lotline.ledger.Movements;
import io.lotline.receiving.Receiving;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A fresh site and shelf per test, and the order desk's and the handheld's calls in a few words. */
abstract class PickingIntegrationTest extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Autowired
    Receiving receiving;

    @Autowired
    Movements movements;

    @Autowired
    Clock clock;

    Floor.Site site;
    Shelf shelf;

    @BeforeEach
    void aSiteWithAShelf() {
        site = floor.aSite();
        shelf = new Shelf(catalog, receiving, movements, site, clock);
    }

    /** Enters an order for the site's customer, shipping in the given days, and returns its code. */
    String order(int shipInDays, String... lines) {
        String code = "SO-" + Floor.next();
        MvcTestResult entered = as("operator").post("/api/v1/customer-orders", orderJson(code, site.customer(),
                shipInDays, lines));
        if (entered.getResponse().getStatus() != 201) {
            throw new AssertionError("Order not entered: " + Api.body(entered));
        }
        return code;
    }

    String orderJson(String code, String customer, int shipInDays, String... lines) {
        return """
                {"code": "%s", "customer": "%s", "shipDate": "%s", "lines": [%s]}"""
                .formatted(code, customer, inDays(shipInDays), String.join(", ", lines));
    }

    /** An order line of so many KG of the item. */
    static String line(String sku, String amount) {
        return """
                {"sku": "%s", "quantity": {"amount": %s, "unit": "KG"}}""".formatted(sku, amount);
    }

    MvcTestResult allocate(String order) {
        return as("operator").post("/api/v1/customer-orders/" + order + "/allocation", "");
    }

    MvcTestResult pickList(String order) {
        return as("operator").get("/api/v1/customer-orders/" + order + "/pick-list");
    }

    MvcTestResult confirm(String order, Object pick, String json) {
        return as("operator").post("/api/v1/customer-orders/" + order + "/picks/" + pick + "/confirmation", json);
    }

    /** The picks of the pick list as "lot@location/pallet=amount [status]". */
    static List<String> picks(MvcTestResult pickList) {
        List<Map<String, Object>> picks = read(pickList, "$.picks");
        return picks.stream().map(p -> p.get("lotNumber") + "@" + p.get("location")
                + (p.get("pallet") == null ? "" : "/" + p.get("pallet")) + "="
                + new BigDecimal(((Map<?, ?>) p.get("quantity")).get("amount").toString())
                .stripTrailingZeros().toPlainString() + " " + p.get("status")).toList();
    }

    /** The day so many days from today, where the application counts its days. */
    LocalDate inDays(int days) {
        return LocalDate.now(clock).plusDays(days);
    }
}
