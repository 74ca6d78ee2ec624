package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.AtOnce;
import io.lotline.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The bakery's warehouse system tells Lotline in EPCIS what happened to flour on its shelf: a pallet shipped to a
 * shop, a sack destroyed, a lot held by quality, a receipt that never happened. Each is booked as the floor would
 * have booked it; what the ledger refuses refuses the whole document; the same events at a partner's place move
 * none of the bakery's stock. Documents sent at the same moment are stored and booked as if one came after the other.
 */
class EpcisStockEventsIT extends IntegrationTest {
    /** Rounds of documents let loose at the same moment. */
    private static final int ROUNDS = 5;

    @Autowired
    Catalog catalog;

    @Autowired
    Movements movements;

    private String gcp;
    private String shelf;
    private String shop;
    private String flourSku;

    @BeforeEach
    void aBakeryWithAShelfAMillAShopAndFlourKnownByGs1Keys() {
        gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String code = "K" + UUID.randomUUID().toString().substring(0, 6);
        shelf = "SHELF-" + code;
        catalog.registerSite(new NewSite("S" + code, "Bakery", Gln.completing(gcp + "00001"), Address.none(),
                "B" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Store", "S" + code));
        catalog.registerLocation(new NewLocation(shelf, "Shelf", "W" + code, null, true, false));
        catalog.registerParty(new NewParty("M" + code, PartyRole.SUPPLIER, "Mill", Gln.completing(gcp + "00002"),
                Address.none(), "+1 555 0200", new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        shop = "C" + code;
        catalog.registerParty(new NewParty(shop, PartyRole.CUSTOMER, "Shop", Gln.completing(gcp + "00003"),
                Address.none(), "+1 555 0300", new RecallContact("Ben Shop", "ben@shop.example", "+49 30 5678")));
        flourSku = "FLOUR-" + code;
        catalog.registerItem(new NewItem(flourSku, Gtin.completing("0" + gcp + "05432"), "Flour",
                UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, null, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void a_shipping_event_at_our_shelf_ships_the_lot_to_the_shop_its_destination_names() {
        String lot = received("100");

        MvcTestResult shipped = capture(objectEvent(newId(), "shipping", "in_transit", ours(), lot, "30",
                destination()));

        assertThat(shipped).hasStatusOk();
        assertThat((String) read(shipped, "$.bookings[0].movement")).isEqualTo("SHIPMENT");
        assertThat((String) read(shipped, "$.bookings[0].ledgerCommand")).isNotBlank();
        assertThat((List<String>) read(shipped, "$.bookings[0].lots")).containsExactly(lot);
        assertThat(onShelf()).isEqualByComparingTo("70");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);
        assertThat((List<String>) read(dossier, "$.history[?(@.type == 'SHIPMENT')].party")).containsExactly(shop);
    }

    @Test
    void a_shipment_of_more_than_lies_there_refuses_the_whole_document_naming_the_event_and_stores_nothing() {
        String lot = received("10");
        long events = count("epcis_events");
        long entries = count("ledger_entries");
        String shipping = newId();

        MvcTestResult refused = capture(objectEvent(newId(), "destroying", "destroyed", ours(), lot, "2", "")
                + "," + objectEvent(shipping, "shipping", "in_transit", ours(), lot, "9", destination()));

        assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
        assertThat((String) read(refused, "$.field")).startsWith("epcisBody.eventList[1]");
        assertThat((Integer) read(refused, "$.index")).isEqualTo(1);
        assertThat((String) read(refused, "$.eventID")).isEqualTo(shipping);
        assertThat(count("epcis_events")).isEqualTo(events);
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(onShelf()).isEqualByComparingTo("10");
    }

    @Test
    void the_same_document_sent_twice_at_once_is_stored_and_booked_once() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String document = receiving(newId(), "40");
            BigDecimal before = onShelf();
            long events = count("epcis_events");

            List<Object> answers = AtOnce.run(List.<Callable<MvcTestResult>>of(() -> capture(document),
                    () -> capture(document)));

            List<Integer> captured = new ArrayList<>();
            for (Object answer : answers) {
                assertThat(answer).as("round " + round).isInstanceOf(MvcTestResult.class);
                MvcTestResult result = (MvcTestResult) answer;
                if (result.getResponse().getStatus() == 409) {
                    // written by the other at the same moment: nothing of it stored, and sent again it is known
                    assertThat((String) read(result, "$.type")).isEqualTo("urn:lotline:problem:duplicate");
                    result = capture(document);
                }
                assertThat(result).as("round " + round).hasStatusOk();
                captured.add(read(result, "$.captured"));
            }
            assertThat(captured).as("events captured by each, round " + round).containsExactlyInAnyOrder(1, 0);
            assertThat(count("epcis_events")).isEqualTo(events + 1);
            assertThat(onShelf()).isEqualByComparingTo(before.add(new BigDecimal("40")));
        }
    }

    @Test
    void two_documents_shipping_more_of_a_lot_than_lies_there_at_once_book_one_and_refuse_the_other()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String lot = received("10");
            BigDecimal before = onShelf();

            List<Object> answers = AtOnce.run(List.<Callable<MvcTestResult>>of(
                    () -> capture(objectEvent(newId(), "shipping", "in_transit", ours(), lot, "7", destination())),
                    () -> capture(objectEvent(newId(), "shipping", "in_transit", ours(), lot, "7", destination()))));

            List<Integer> statuses = answers.stream().map(answer -> answer instanceof MvcTestResult result
                    ? result.getResponse().getStatus() : -1).toList();
            assertThat(statuses).as("answers in round " + round + ": " + answers).containsExactlyInAnyOrder(200, 409);
            assertThat(onShelf()).isEqualByComparingTo(before.subtract(new BigDecimal("7")));
        }
    }

    @Test
    void a_shipping_event_naming_no_customer_we_know_is_kept_and_ships_nothing() {
        String lot = received("10");

        MvcTestResult kept = capture(objectEvent(newId(), "shipping", "in_transit", ours(), lot, "4", ""));

        assertThat((String) read(kept, "$.bookings[0].notBooked")).contains("customer known by GLN");
        assertThat(onShelf()).isEqualByComparingTo("10");
    }

    @Test
    void a_destroying_event_scraps_the_lot_with_the_reason_destroyed() {
        String lot = received("25");

        MvcTestResult destroyed = capture(objectEvent(newId(), "destroying", "destroyed", ours(), lot, "5", ""));

        assertThat((String) read(destroyed, "$.bookings[0].movement")).isEqualTo("SCRAP");
        assertThat(onShelf()).isEqualByComparingTo("20");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);
        assertThat((List<String>) read(dossier, "$.history[?(@.type == 'SCRAP')].reasonCode"))
                .containsExactly("DESTROYED");
    }

    @Test
    void a_holding_event_puts_the_lot_on_hold_and_allocation_cannot_take_it() {
        String lot = received("50");

        MvcTestResult held = capture(objectEvent(newId(), "holding", "non_sellable_other", ours(), lot, "50", ""));

        assertThat((String) read(held, "$.bookings[0].movement")).isEqualTo("STATUS_CHANGE");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("ON_HOLD");
        String order = "SO-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(as("operator").post("/api/v1/customer-orders", """
                {"code": "%s", "customer": "%s", "shipDate": "%s", "lines": [{"sku": "%s",
                 "quantity": {"amount": 5, "unit": "KG"}}]}""".formatted(order, shop, LocalDate.now().plusDays(2),
                flourSku))).hasStatus(201);
        MvcTestResult allocated = as("operator").post("/api/v1/customer-orders/" + order + "/allocation", "");
        assertThat(allocated).hasStatus(422);
        assertThat((String) read(allocated, "$.rule")).isEqualTo("nothing-eligible");
        assertThat((List<String>) read(allocated, "$.candidates[?(@.lotNumber == '" + lot + "')].reason"))
                .containsExactly("on hold");
    }

    @Test
    void a_sellable_disposition_after_a_hold_is_refused_naming_the_signed_release_rule() {
        String lot = received("50");
        capture(objectEvent(newId(), "holding", "non_sellable_other", ours(), lot, "50", ""));
        long events = count("epcis_events");

        MvcTestResult refused = capture(objectEvent(newId(), "inspecting", "sellable_accessible", ours(), lot,
                "50", ""));

        assertThat(refused).hasStatus(422);
        assertThat((String) read(refused, "$.rule")).isEqualTo("release-needs-signature");
        assertThat((String) read(refused, "$.detail")).contains("signed by quality");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("ON_HOLD");
        assertThat(count("epcis_events")).isEqualTo(events);
    }

    @Test
    void an_error_declaration_reverses_the_receipt_a_receiving_event_booked_and_the_balance_returns() {
        String id = newId();
        String receivingEvent = receiving(id, "40");
        String lot = read(capture(receivingEvent), "$.bookings[0].lots[0]");
        assertThat(onShelf()).isEqualByComparingTo("40");
        String declaration = receivingEvent.replace("\"quantityList\"", """
                "errorDeclaration": {"declarationTime": "%s", "reason": "did_not_occur"}, "quantityList\""""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));

        MvcTestResult corrected = capture(declaration);
        MvcTestResult again = capture(declaration);

        assertThat(corrected).hasStatusOk();
        assertThat((String) read(corrected, "$.bookings[0].movement")).isEqualTo("CORRECTION");
        assertThat((List<String>) read(corrected, "$.bookings[0].lots")).containsExactly(lot);
        assertThat((Integer) read(again, "$.captured")).isZero();
        assertThat(onShelf()).isEqualByComparingTo("0");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);
        assertThat((List<String>) read(dossier, "$.history[?(@.type == 'CORRECTION')].note"))
                .singleElement().asString().contains("did_not_occur").contains(id);
    }

    @Test
    void an_error_declaration_of_a_hold_withdraws_it_and_the_lot_is_released_as_before_the_event() {
        String lot = received("50");
        String holding = objectEvent(newId(), "holding", "non_sellable_other", ours(), lot, "50", "");
        capture(holding);
        assertThat(status(lot)).isEqualTo("ON_HOLD");

        MvcTestResult withdrawn = capture(declaring(holding, "did_not_occur"));
        MvcTestResult again = capture(declaring(holding, "incorrect_data"));

        assertThat(withdrawn).hasStatusOk();
        assertThat((String) read(withdrawn, "$.bookings[0].movement")).isEqualTo("CORRECTION");
        assertThat((List<String>) read(withdrawn, "$.bookings[0].lots")).containsExactly(lot);
        assertThat(status(lot)).isEqualTo("RELEASED");
        assertThat(onShelf()).isEqualByComparingTo("50");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lot);
        assertThat((List<String>) read(dossier, "$.history[?(@.reasonCode == 'HOLD_WITHDRAWN')].note"))
                .singleElement().asString().contains("did_not_occur");
        assertThat((String) read(again, "$.bookings[0].notBooked")).contains("corrected already");
        assertThat(status(lot)).isEqualTo("RELEASED");
    }

    @Test
    void an_error_declaration_of_a_hold_quality_decided_on_since_refuses_the_document_naming_the_event() {
        String lot = received("50");
        String id = newId();
        String holding = objectEvent(id, "holding", "non_sellable_other", ours(), lot, "50", "");
        capture(holding);
        movements.changeStatus(new BookingContext(UUID.randomUUID().toString(), null),
                new ChangeLotStatus(lot, LotStatus.EXPIRED, "Past its date at inspection"));
        long events = count("epcis_events");
        long entries = count("ledger_entries");

        MvcTestResult refused = capture(declaring(holding, "did_not_occur"));

        assertThat(refused).hasStatus(422).hasContentType("application/problem+json");
        assertThat((String) read(refused, "$.rule")).isEqualTo("no-decision-since");
        assertThat((String) read(refused, "$.field")).isEqualTo("epcisBody.eventList[0].entryId");
        assertThat((String) read(refused, "$.eventID")).isEqualTo(id);
        assertThat((String) read(refused, "$.detail")).contains("EXPIRED", "not undone");
        assertThat(count("epcis_events")).isEqualTo(events);
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(status(lot)).isEqualTo("EXPIRED");
    }

    private String status(String lot) {
        return read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status");
    }

    /** The same event, declared in error for the reason given. */
    private static String declaring(String event, String reason) {
        return event.replace("\"quantityList\"", """
                "errorDeclaration": {"declarationTime": "%s", "reason": "%s"}, "quantityList\""""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), reason));
    }

    @Test
    void an_error_declaration_of_an_event_that_booked_nothing_is_kept_and_books_nothing() {
        String partners = objectEvent(newId(), "shipping", "in_transit", theirs(), "NOT-OURS", "3", destination());
        capture(partners);
        long entries = count("ledger_entries");

        MvcTestResult kept = capture(partners.replace("\"quantityList\"", """
                "errorDeclaration": {"declarationTime": "2026-03-02T06:00:00Z"}, "quantityList\""""));

        assertThat(kept).hasStatusOk();
        assertThat((Integer) read(kept, "$.captured")).isEqualTo(1);
        assertThat((String) read(kept, "$.bookings[0].notBooked")).contains("booked nothing");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void shipping_destroying_and_holding_at_a_partners_place_move_none_of_our_stock() {
        String lot = received("30");
        long entries = count("ledger_entries");

        MvcTestResult result = capture(objectEvent(newId(), "shipping", "in_transit", theirs(), lot, "5",
                destination()) + "," + objectEvent(newId(), "destroying", "destroyed", theirs(), lot, "5", "")
                + "," + objectEvent(newId(), "holding", "recalled", theirs(), lot, "5", ""));

        assertThat(result).hasStatusOk();
        assertThat((List<String>) read(result, "$.bookings[*].notBooked")).hasSize(3)
                .allSatisfy(reason -> assertThat(reason).contains("partner"));
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(onShelf()).isEqualByComparingTo("30");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + lot), "$.lot.status")).isEqualTo("RELEASED");
    }

    /** Receives flour from the mill onto the shelf and answers Lotline's lot number. */
    private String received(String quantity) {
        MvcTestResult received = capture(receiving(newId(), quantity));
        assertThat(received).hasStatusOk();
        return read(received, "$.bookings[0].lots[0]");
    }

    private String receiving(String id, String quantity) {
        return objectEvent(id, "receiving", "in_progress", ours(), "L" + UUID.randomUUID().toString()
                .substring(0, 8), quantity, """
                "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.00002"}],""".formatted(gcp));
    }

    /** An ObjectEvent about so many KG of the flour lot, with further members (ending in a comma) before its list. */
    private String objectEvent(String id, String bizStep, String disposition, String place, String lot,
                               String quantity, String members) {
        return """
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "%s", "disposition": "%s", "epcList": [],
                 "bizLocation": {"id": "%s"}, %s
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:%s.005432.%s", "quantity": %s, "uom": "KGM"}]}"""
                .formatted(id, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), bizStep, disposition,
                        place, members, gcp, lot, quantity);
    }

    private String destination() {
        return """
                "destinationList": [{"type": "owning_party", "destination": "urn:epc:id:pgln:%s.00003"}],"""
                .formatted(gcp);
    }

    private String ours() {
        return "urn:epc:id:sgln:" + gcp + ".00001." + shelf;
    }

    private String theirs() {
        return "urn:epc:id:sgln:" + gcp + ".00009.0";
    }

    /** The flour on the shelf, every lot of it. */
    private BigDecimal onShelf() {
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + shelf + "&sku=" + flourSku + "&size=500");
        List<Object> amounts = read(stock, "$.content[*].quantity.amount");
        return amounts.stream().map(amount -> new BigDecimal(amount.toString())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private MvcTestResult capture(String events) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(EpcisCaptureIT.document(events)).exchange();
    }

    private static String newId() {
        return EpcisCaptureIT.newId();
    }
}
