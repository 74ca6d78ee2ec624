package io.lotline.recall;

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
 * A flour lot went out whole, 4 BAG of 25 KG, before the mill reported it. The recall blocks it although nothing of it
 * is on hand; whatever way stock of it comes back (a return under the recall, a plain customer return, a count that
 * finds some, the shipment reversed) arrives blocked: it is not shipped, allocated or used, and the plain status
 * endpoint cannot release it. Only the recall's own disposition frees it: destroyed, or released signed once the
 * recall is closed.
 */
class RecalledGoodsStayBlockedIT extends IntegrationTest {
    @Autowired
    Clock clock;

    private Floor.Site site;
    private Item flour;
    private String lot;
    private long shipment;
    private String code;

    @BeforeEach
    void aLotShippedWholeThenRecalled() {
        site = floor.aSite();
        flour = floor.anItem().alsoIn("BAG", "25").register();
        lot = floor.receive(site, flour, "100", site.rack(), null);
        MvcTestResult shipped = as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 4, "unit": "BAG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-%s"}}"""
                .formatted(lot, site.rack(), site.customer(), Floor.next()));
        assertThat(shipped).hasStatus(201);
        shipment = ((Number) read(shipped, "$.entries[0].id")).longValue();
        code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Ergot alkaloids over limit", "scope": {"lots": ["%s"]}}""".formatted(lot)), "$.code");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}")).hasStatus(201);
    }

    @Test
    void a_lot_with_nothing_on_hand_is_blocked_by_the_recall_all_the_same() {
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);

        assertThat((String) read(dossier, "$.lot.status")).isEqualTo("RECALLED");
        assertThat((String) read(dossier, "$.lot.heldByRecall")).isEqualTo(code);
    }

    @Test
    void stock_returned_under_the_recall_stays_blocked_until_the_closed_recall_releases_it_signed() {
        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns", """
                {"customer": "%s", "lotNumber": "%s", "quantity": {"amount": 1, "unit": "BAG"}, "location": "%s"}"""
                .formatted(site.customer(), lot, site.rack()))).hasStatus(201);

        assertBlocked();

        String release = disposition("RELEASE", PASSWORD);
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions", release)).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("recall-closed-or-out-of-scope");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/closure", """
                {"password": "%s", "summary": "Returns tested negative"}""".formatted(PASSWORD))).hasStatus(200);
        long entries = count("ledger_entries");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions", disposition("RELEASE", "")))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("signature-required");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions",
                disposition("RELEASE", "wrong-password-1"))).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("signature-password");
        assertThat(count("ledger_entries")).as("nothing booked").isEqualTo(entries);

        MvcTestResult released = as("quality").post("/api/v1/recalls/" + code + "/dispositions", release);

        assertThat(released).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("RELEASED");
        assertThat((String) read(released, "$.entries[0].note")).contains("Signed by Test quality").contains(code);
        assertThat(ship("1", "BAG")).hasStatus(201);
    }

    @Test
    void stock_a_customer_returns_without_naming_the_recall_arrives_blocked_and_is_destroyed_by_the_recall() {
        assertThat(as("operator").post("/api/v1/returns", """
                {"lotNumber": "%s", "quantity": {"amount": 2, "unit": "BAG"}, "to": {"location": "%s"},
                 "customer": "%s", "reasonCode": "DAMAGED"}""".formatted(lot, site.rack(), site.customer())))
                .hasStatus(201);

        assertBlocked();

        MvcTestResult destroyed = as("quality").post("/api/v1/recalls/" + code + "/dispositions",
                disposition("DESTROY", PASSWORD));
        assertThat(destroyed).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("RECALLED");
        assertThat((String) read(destroyed, "$.entries[0].type")).isEqualTo("SCRAP");
        assertThat((String) read(destroyed, "$.entries[0].reasonCode")).isEqualTo("RECALL_DESTROYED");
        assertThat(onHand()).isEmpty();
    }

    @Test
    void stock_a_count_finds_arrives_blocked() {
        assertThat(as("operator").post("/api/v1/counts", """
                {"lotNumber": "%s", "at": {"location": "%s"}, "counted": {"amount": 30, "unit": "KG"},
                 "note": "Found behind the racking"}""".formatted(lot, site.rack()))).hasStatus(201);

        assertBlocked();
    }

    @Test
    void stock_put_back_by_reversing_the_shipment_arrives_blocked() {
        assertThat(as("quality").post("/api/v1/entries/" + shipment + "/reversal",
                "{\"reason\": \"Truck never left the yard\"}")).hasStatus(201);

        assertBlocked();
    }

    @Test
    void stock_returned_into_quarantine_stays_there_and_a_transfer_within_the_warehouse_keeps_it_blocked() {
        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns", """
                {"customer": "%s", "lotNumber": "%s", "quantity": {"amount": 2, "unit": "BAG"}, "location": "%s"}"""
                .formatted(site.customer(), lot, site.quarantine()))).hasStatus(201);
        String transfer = """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "BAG"}, "from": {"location": "%s"},
                 "to": {"location": "%s"}}""";

        MvcTestResult outOfQuarantine = as("operator").post("/api/v1/transfers",
                transfer.formatted(lot, site.quarantine(), site.rack()));

        assertThat(outOfQuarantine).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(outOfQuarantine)).contains(code);
        as("operator").post("/api/v1/returns", """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "BAG"}, "to": {"location": "%s"},
                 "customer": "%s", "reasonCode": "DAMAGED"}""".formatted(lot, site.dock(), site.customer()));
        assertThat(as("operator").post("/api/v1/transfers", transfer.formatted(lot, site.dock(), site.rack())))
                .hasStatus(201);
        assertBlocked();
    }

    @Test
    void allocation_that_remembers_the_items_stock_never_offers_stock_that_came_back_to_a_held_lot() {
        String other = floor.receive(site, flour, "25", site.rack(), null);
        String first = order();
        assertThat((List<String>) read(as("operator").post("/api/v1/customer-orders/" + first + "/allocation", ""),
                "$.picks[*].lotNumber")).containsExactly(other);

        assertThat(as("quality").post("/api/v1/entries/" + shipment + "/reversal",
                "{\"reason\": \"Booked to the wrong customer\"}")).hasStatus(201);
        MvcTestResult second = as("operator").post("/api/v1/customer-orders/" + order() + "/allocation", "");

        assertThat(second).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("nothing-eligible");
        assertThat((List<String>) read(second, "$.candidates[?(@.lotNumber == '" + lot + "')].rule"))
                .containsExactly("recall-holds-lot");
        assertThat((List<String>) read(as("operator").get("/api/v1/customer-orders/" + first + "/pick-list"),
                "$.picks[*].lotNumber")).containsExactly(other);
    }

    @Test
    void a_lot_held_by_a_recall_is_not_released_by_a_recall_still_open_nor_by_the_quality_decision() {
        as("operator").post("/api/v1/recalls/" + code + "/returns", """
                {"customer": "%s", "lotNumber": "%s", "quantity": {"amount": 1, "unit": "BAG"}, "location": "%s"}"""
                .formatted(site.customer(), lot, site.rack()));

        assertThat(as("quality").post("/api/v1/lots/" + lot + "/decision", """
                {"password": "%s", "meaning": "APPROVED", "comment": "Retested"}""".formatted(PASSWORD)))
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/dispositions",
                disposition("RELEASE", PASSWORD))).hasStatus(422);
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("RECALLED");
    }

    @Test
    void a_lot_recalled_by_hand_without_a_recall_case_is_never_released() {
        String byHand = floor.receive(site, flour, "10", site.rack(), null);
        assertThat(as("quality").post("/api/v1/lots/" + byHand + "/status",
                "{\"status\": \"RECALLED\", \"reason\": \"Customer complaint\"}")).hasStatus(201);

        assertThat(as("quality").post("/api/v1/lots/" + byHand + "/status",
                "{\"status\": \"RELEASED\", \"reason\": \"Complaint withdrawn\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("status-transition");
        assertThat(as("quality").post("/api/v1/lots/" + byHand + "/decision", """
                {"password": "%s", "meaning": "APPROVED", "comment": "Retested"}""".formatted(PASSWORD)))
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("status-transition");
    }

    /** Shipment, allocation and consumption are refused naming the recall; the status endpoint does not release. */
    private void assertBlocked() {
        assertThat(onHand()).isNotEmpty();
        MvcTestResult shipped = ship("1", "BAG");
        assertThat(shipped).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(shipped)).contains(code);

        MvcTestResult allocated = allocate();
        assertThat(allocated).hasStatus(422).bodyJson().extractingPath("$.candidates[0].rule")
                .isEqualTo("recall-holds-lot");
        assertThat(body(allocated)).contains(code);

        MvcTestResult consumed = consume();
        assertThat(consumed).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(consumed)).contains(code);

        MvcTestResult status = as("quality").post("/api/v1/lots/" + lot + "/status",
                "{\"status\": \"RELEASED\", \"reason\": \"Looks fine\"}");
        assertThat(status).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");
        assertThat(body(status)).contains(code);
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("RECALLED");
    }

    private List<Object> onHand() {
        return read(as("quality").get("/api/v1/lots/" + lot), "$.balances");
    }

    private MvcTestResult ship(String amount, String unit) {
        return as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "%s"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, amount, unit, site.rack(), site.customer()));
    }

    private MvcTestResult allocate() {
        return as("operator").post("/api/v1/customer-orders/" + order() + "/allocation", "");
    }

    /** An order for 1 BAG of flour, entered. */
    private String order() {
        String order = "SO-" + Floor.next();
        assertThat(as("operator").post("/api/v1/customer-orders", """
                {"code": "%s", "customer": "%s", "shipDate": "%s",
                 "lines": [{"sku": "%s", "quantity": {"amount": 1, "unit": "BAG"}}]}"""
                .formatted(order, site.customer(), LocalDate.now(clock).plusDays(1), flour.sku()))).hasStatus(201);
        return order;
    }

    private MvcTestResult consume() {
        Item bread = floor.anItem().keptIn("EA").register();
        String order = "B-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, bread.sku()));
        return as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 1, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                .formatted(lot, site.rack()));
    }

    private String disposition(String disposition, String password) {
        return """
                {"lotNumber": "%s", "disposition": "%s", "reason": "Lab retest negative", "password": "%s"}"""
                .formatted(lot, disposition, password);
    }
}
