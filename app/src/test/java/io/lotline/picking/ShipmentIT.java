package io.lotline.picking;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.lots.LotStatus;
import io.lotline.support.Floor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The confirmed picks become a shipment to the customer, booked through the ledger once. */
class ShipmentIT extends PickingIntegrationTest {

    /** An order of two lines, both allocated; the first line's pick confirmed, the second's not. */
    private String halfPicked(Item flour, Item salt, String flourPallet) {
        shelf.lotOf(flour).expiringInDays(20).on(site.rack(), flourPallet).put("40");
        shelf.lotOf(salt).expiringInDays(200).put("40");
        String order = order(1, line(flour.sku(), "25"), line(salt.sku(), "5"));
        List<Object> flourPicks = read(allocate(order), "$.picks[?(@.sku == '" + flour.sku() + "')].pick");
        Object flourPick = flourPicks.get(0);
        assertThat(confirm(order, flourPick, "{\"scan\": \"" + flourPallet + "\"}")).hasStatus(200);
        return order;
    }

    @Test
    void the_confirmed_picks_ship_to_the_customer_under_the_order_and_the_delivery_note() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        Item salt = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        String order = halfPicked(flour, salt, pallet);

        MvcTestResult shipped = as("operator").post("/api/v1/customer-orders/" + order + "/shipment",
                "{\"deliveryNote\": \"DN-" + order + "\"}");

        assertThat(shipped).hasStatus(201);
        assertThat((String) read(shipped, "$.customer")).isEqualTo(site.customer());
        assertThat((List<String>) read(shipped, "$.lines[*].sku")).containsExactly(flour.sku());
        assertThat(amount(shipped, "$.lines[0].quantity.amount")).isEqualByComparingTo("25");
        long entry = ((Number) read(shipped, "$.lines[0].entryId")).longValue();
        MvcTestResult booked = as("quality").get("/api/v1/entries/" + entry);
        assertThat((String) read(booked, "$.type")).isEqualTo("SHIPMENT");
        assertThat((String) read(booked, "$.party")).isEqualTo(site.customer());
        assertThat((String) read(booked, "$.references.customerOrder")).isEqualTo(order);
        assertThat((String) read(booked, "$.references.deliveryNote")).isEqualTo("DN-" + order);
        assertThat((String) read(booked, "$.from.pallet")).isEqualTo(pallet);
        MvcTestResult after = as("operator").get("/api/v1/customer-orders/" + order);
        assertThat((String) read(after, "$.status")).isEqualTo("SHIPPED");
        assertThat(amount(after, "$.lines[0].shipped.amount")).isEqualByComparingTo("25");
        assertThat(amount(after, "$.lines[1].shipped.amount")).isEqualByComparingTo("0");
        assertThat((List<String>) read(pickList(order), "$.picks[*].status"))
                .containsExactlyInAnyOrder("SHIPPED", "RELEASED");
    }

    @Test
    void an_order_shipped_to_a_logistics_provider_on_another_customers_behalf_names_that_owner() {
        String owner = "OWNER-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "CUSTOMER", "name": "Café Ünlü Zincirleri"}""".formatted(owner)))
                .hasStatus(201);
        String order = halfPicked(shelf.item(PickingStrategy.FEFO), shelf.item(PickingStrategy.FEFO),
                Shelf.pallet());

        MvcTestResult shipped = as("operator").post("/api/v1/customer-orders/" + order + "/shipment",
                "{\"deliveryNote\": \"DN-" + order + "\", \"consignee\": \"" + owner + "\"}");

        assertThat(shipped).hasStatus(201);
        assertThat((String) read(shipped, "$.customer")).isEqualTo(site.customer());
        assertThat((String) read(shipped, "$.consignee")).isEqualTo(owner);
        String lot = read(shipped, "$.lines[0].lotNumber");
        MvcTestResult report = as("compliance").get("/api/v1/exports/one-up-one-down?lot=" + lot);
        assertThat((List<String>) read(report, "$.suppliedTo[*].consigneeName"))
                .containsExactly("Café Ünlü Zincirleri");
        assertThat((List<String>) read(report, "$.suppliedTo[*].document")).containsExactly("Delivery note DN-" + order);
    }

    @Test
    void an_order_shipment_naming_an_unknown_consignee_is_refused_and_the_order_stays_open() {
        String order = halfPicked(shelf.item(PickingStrategy.FEFO), shelf.item(PickingStrategy.FEFO),
                Shelf.pallet());
        long entries = count("ledger_entries");

        MvcTestResult refused = as("operator").post("/api/v1/customer-orders/" + order + "/shipment",
                "{\"consignee\": \"NOBODY\"}");

        assertThat(refused).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("consignee");
        assertThat((String) read(refused, "$.value")).isEqualTo("NOBODY");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat((String) read(as("operator").get("/api/v1/customer-orders/" + order), "$.status"))
                .isEqualTo("OPEN");
        assertThat((List<String>) read(pickList(order), "$.picks[*].status")).contains("PICKED");
    }

    @Test
    void a_shipment_retried_with_the_same_key_books_once() {
        String order = halfPicked(shelf.item(PickingStrategy.FEFO), shelf.item(PickingStrategy.FEFO),
                Shelf.pallet());
        String path = "/api/v1/customer-orders/" + order + "/shipment";

        MvcTestResult first = as("operator").post(path, "ship-" + order, "{}");
        long entries = count("ledger_entries");
        MvcTestResult retried = as("operator").post(path, "ship-" + order, "{}");

        assertThat(retried).hasStatus(201);
        assertThat((String) read(retried, "$.commandId")).isEqualTo(read(first, "$.commandId"));
        assertThat((String) read(retried, "$.deliveryNote")).isEqualTo(order + "-DN");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(as("operator").post(path, "{}")).hasStatus(422).bodyJson().extractingPath("$.rule")
                .isEqualTo("order-not-shipped");
        assertThat(as("operator").post("/api/v1/customer-orders/" + order + "/cancellation",
                "{\"reason\": \"too late\"}")).hasStatus(422);
    }

    @Test
    void nothing_picked_is_not_shipped() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        shelf.lotOf(flour).put("10");
        String order = order(1, line(flour.sku(), "5"));
        allocate(order);

        assertThat(as("operator").post("/api/v1/customer-orders/" + order + "/shipment", "{}")).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("picked-before-shipping");
    }

    @Test
    void a_lot_put_on_hold_after_it_was_picked_does_not_ship_and_the_order_stays_open() {
        Item flour = shelf.item(PickingStrategy.FEFO);
        String pallet = Shelf.pallet();
        String order = halfPicked(flour, shelf.item(PickingStrategy.FEFO), pallet);
        List<String> picked = read(pickList(order), "$.picks[?(@.status == 'PICKED')].lotNumber");
        String lot = picked.get(0);
        shelf.changeStatus(lot, LotStatus.ON_HOLD);
        long entries = count("ledger_entries");

        assertThat((List<String>) read(pickList(order), "$.picks[?(@.lotNumber == '" + lot + "')].status"))
                .as("the hold gave the picked stock back").containsOnly("RELEASED");
        MvcTestResult refused = as("operator").post("/api/v1/customer-orders/" + order + "/shipment", "{}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("picked-before-shipping");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat((String) read(as("operator").get("/api/v1/customer-orders/" + order), "$.status"))
                .isEqualTo("OPEN");
    }
}
