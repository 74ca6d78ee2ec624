package io.lotline.epcis;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A mill's system tells the bakery in EPCIS that flour was received at the bakery's dock: the receipt is booked as
 * the clerk would have booked it; the bakery's line reports the bread it baked from the flour, and production is
 * booked with its genealogy. Events at a partner's place, or about goods the bakery does not know, are kept and book
 * nothing.
 */
class EpcisBookingIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    private String gcp;
    private String dock;
    private String mill;
    private String flourSku;
    private String flourItemRef;
    private String breadSku;
    private final String keepsUntil = java.time.LocalDate.now().plusDays(150).toString();

    @BeforeEach
    void aBakeryWithADockAMillAndFlourKnownByGs1Keys() {
        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
        gcp = String.valueOf(n);
        String code = "E" + UUID.randomUUID().toString().substring(0, 6);
        dock = "DOCK-" + code;
        catalog.registerSite(new NewSite("S" + code, "Bakery", Gln.completing(gcp + "00001"), Address.none(),
                "B" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Store", "S" + code));
        catalog.registerLocation(new NewLocation(dock, "Dock", "W" + code, null, false, false));
        mill = "M" + code;
        catalog.registerParty(new NewParty(mill, PartyRole.SUPPLIER, "Mill", Gln.completing(gcp + "00002"),
                Address.none(), "+1 555 0200", new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        flourSku = "FLOUR-" + code;
        flourItemRef = "05432";
        catalog.registerItem(new NewItem(flourSku, Gtin.completing("0" + gcp + flourItemRef), "Flour",
                UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, 180, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
        breadSku = "BREAD-" + code;
        catalog.registerItem(new NewItem(breadSku, Gtin.completing("0" + gcp + "07777"), "Bread",
                UnitOfMeasure.of("EA"), List.of(), TrackingPolicy.LOT, 5, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void bread_baked_from_received_flour_books_production_with_the_flour_as_its_input() {
        String flourLot = "L" + UUID.randomUUID().toString().substring(0, 8);
        commissioned(flourLot, keepsUntil);
        MvcTestResult received = capture(receiving(sgln("00001", dock), lgtin(flourLot), "KGM", "100"));
        String flour = read(received, "$.bookings[0].lots[0]");
        String breadLot = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String batch = EpcisCaptureIT.newId();

        MvcTestResult baked = capture(EpcisCaptureIT.document("""
                {"type": "TransformationEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "bizStep": "commissioning", "disposition": "active", "transformationID": "%s",
                 "bizLocation": {"id": "%s"},
                 "inputQuantityList": [{"epcClass": "%s", "quantity": 38.5, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:%s.007777.%s", "quantity": 120,
                                         "uom": "H87"}]}""".formatted(EpcisCaptureIT.newId(),
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), batch,
                sgln("00001", dock), lgtin(flourLot), gcp, breadLot)));

        assertThat(baked).hasStatusOk();
        String order = read(baked, "$.bookings[0].productionOrder");
        assertThat((List<String>) read(baked, "$.bookings[0].lots")).containsExactly(breadLot);
        MvcTestResult booked = as("quality").get("/api/v1/production-orders/" + order);
        assertThat((List<String>) read(booked, "$.consumed[*].lotNumber")).containsExactly(flour);
        assertThat((List<String>) read(booked, "$.produced[*].lotNumber")).containsExactly(breadLot);
        MvcTestResult forward = as("quality").get("/api/v1/traces?direction=FORWARD&lot=" + flour);
        assertThat((List<String>) read(forward, "$.lots[*].lotNumber")).contains(breadLot);
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + dock + "&sku=" + flourSku);
        assertThat(amount(stock, "$.content[0].quantity.amount")).isEqualByComparingTo("61.5");
    }

    @Test
    void a_transformation_of_flour_we_do_not_hold_is_kept_and_books_nothing() {
        MvcTestResult result = capture(EpcisCaptureIT.document("""
                {"type": "TransformationEvent", "eventTime": "2026-03-01T06:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "bizLocation": {"id": "%s"},
                 "inputQuantityList": [{"epcClass": "%s", "quantity": 1, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:%s.007777.NEVER", "quantity": 1}]}"""
                .formatted(sgln("00001", dock), lgtin("NOT-HELD-" + UUID.randomUUID()), gcp)));

        assertThat(result).hasStatusOk();
        assertThat((String) read(result, "$.bookings[0].notBooked")).contains("is no lot Lotline holds");
    }

    @Test
    void a_receiving_event_at_our_dock_books_the_suppliers_lot_there_with_the_dates_the_mill_gave_it() {
        String lot = "L" + UUID.randomUUID().toString().substring(0, 8);
        commissioned(lot, keepsUntil);

        MvcTestResult result = capture(receiving(sgln("00001", dock), lgtin(lot), "KGM", "38.5"));

        assertThat(result).hasStatusOk();
        assertThat((String) read(result, "$.bookings[0].receipt")).isNotBlank();
        String lotNumber = read(result, "$.bookings[0].lots[0]");
        MvcTestResult lots = as("quality").get("/api/v1/lots/by-supplier-lot?supplierLot=" + lot);
        assertThat((String) read(lots, "$[0].number")).isEqualTo(lotNumber);
        assertThat((String) read(lots, "$[0].purchaseOrder")).isEqualTo("PO-7781");
        assertThat((String) read(lots, "$[0].expiryDate")).isEqualTo(keepsUntil);
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + dock);
        assertThat(amount(stock, "$.content[0].quantity.amount")).isEqualByComparingTo("38.5");
    }

    @Test
    void the_same_receiving_event_sent_again_books_nothing_more() {
        String lot = "L" + UUID.randomUUID().toString().substring(0, 8);
        commissioned(lot, keepsUntil);
        String document = receiving(sgln("00001", dock), lgtin(lot), "KGM", "10");

        capture(document);
        MvcTestResult again = capture(document);

        assertThat((List<?>) read(again, "$.bookings")).isEmpty();
        assertThat((List<?>) read(as("quality").get("/api/v1/lots/by-supplier-lot?supplierLot=" + lot), "$"))
                .hasSize(1);
    }

    @Test
    void an_event_at_a_partners_place_is_kept_as_theirs_and_moves_none_of_our_stock() {
        String lot = "L" + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult result = capture(receiving("urn:epc:id:sgln:" + gcp + ".00009.0", lgtin(lot), "KGM", "5"));

        assertThat(result).hasStatusOk();
        assertThat((String) read(result, "$.bookings[0].notBooked")).contains("partner");
        assertThat((Integer) read(result, "$.captured")).isEqualTo(1);
        assertThat((List<?>) read(as("quality").get("/api/v1/lots/by-supplier-lot?supplierLot=" + lot), "$"))
                .isEmpty();
    }

    @Test
    void goods_we_do_not_know_or_in_a_unit_the_item_is_not_kept_in_are_kept_and_book_nothing() {
        String unknownItem = "urn:epc:class:lgtin:" + gcp + ".099999.X1";

        MvcTestResult unknown = capture(receiving(sgln("00001", dock), unknownItem, "KGM", "5"));
        MvcTestResult litres = capture(receiving(sgln("00001", dock), lgtin("X2"), "LTR", "5"));

        assertThat((String) read(unknown, "$.bookings[0].notBooked")).contains(unknownItem);
        assertThat((String) read(litres, "$.bookings[0].notBooked")).contains("LTR").contains(flourSku);
    }

    @Test
    void a_lot_whose_dates_no_one_captured_is_kept_and_books_nothing_for_an_item_that_keeps_so_long() {
        MvcTestResult result = capture(receiving(sgln("00001", dock), lgtin("X4"), "KGM", "5"));

        assertThat((String) read(result, "$.bookings[0].notBooked")).contains("keeps 180 days")
                .contains("cbvmda:itemExpirationDate");
    }

    @Test
    void a_receipt_the_ledger_refuses_refuses_the_whole_document() {
        commissioned("X3", keepsUntil);
        long before = count("epcis_events");

        MvcTestResult result = capture(receiving(sgln("00001", dock), lgtin("X3"), "KGM", "0"));

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.field")).startsWith("epcisBody.eventList[0]");
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    @Test
    void captured_ilmd_becomes_the_lots_attributes_and_the_query_answers_the_lots_master_data_as_ilmd() {
        String category = "FISH-" + UUID.randomUUID().toString().substring(0, 6);
        as("supervisor").post("/api/v1/categories", "{\"code\": \"%s\", \"name\": \"Fish\"}".formatted(category));
        assertThat(as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "FSMA 204 harvest data", "attributes": [
                  {"name": "catchArea", "type": "TEXT", "requiredAt": ["RECEIPT"]}, {"name": "vessel", "type": "TEXT"}]}"""))
                .hasStatus(200);
        String hakeRef = "08888";
        assertThat(as("supervisor").post("/api/v1/items", """
                {"sku": "HAKE-%s", "gtin": "%s", "description": "Hake", "baseUnit": "KG", "category": "%s",
                 "initialLotStatus": "RELEASED"}""".formatted(category, Gtin.completing("0" + gcp + hakeRef).value(),
                category))).hasStatus(201);
        String lot = "H" + UUID.randomUUID().toString().substring(0, 8);
        String hake = "urn:epc:class:lgtin:" + gcp + ".0" + hakeRef + "." + lot;
        String commissioning = EpcisCaptureIT.newId();
        assertThat(capture("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                              {"ex": "https://fishery.example/ilmd/"}],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T06:00:00Z",
                 "epcisBody": {"eventList": [
                  {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                   "eventTimeZoneOffset": "+00:00", "action": "ADD", "bizStep": "commissioning",
                   "disposition": "active", "epcList": [], "bizLocation": {"id": "urn:epc:id:sgln:%s.00002.0"},
                   "quantityList": [{"epcClass": "%s", "quantity": 500, "uom": "KGM"}],
                   "ilmd": {"ex:catchArea": "FAO 87", "ex:gear": "longline"}}]}}"""
                .formatted(commissioning, gcp, hake))).hasStatusOk();

        MvcTestResult received = capture(receiving(sgln("00001", dock), hake, "KGM", "40"));

        assertThat(received).hasStatusOk();
        String lotNumber = read(received, "$.bookings[0].lots[0]");
        MvcTestResult dossier = as("quality").get("/api/v1/lots/" + lotNumber);
        assertThat((String) read(dossier, "$.lot.attributes.catchArea")).isEqualTo("FAO 87");
        assertThat((java.util.Map<String, String>) read(dossier, "$.lot.attributes")).doesNotContainKey("gear");
        assertThat(as("quality").post("/api/v1/lots/" + lotNumber + "/corrections", """
                {"attribute": "vessel", "value": "Don Lucho", "reason": "Named on the catch certificate"}"""))
                .hasStatus(201);

        MvcTestResult answer = as("quality").get("/api/v1/epcis/events?MATCH_anyEPCClass=" + hake);
        String events = "$.epcisBody.queryResults.resultsBody.eventList";
        assertThat((List<String>) read(answer, events + "[*].bizStep")).containsExactly("commissioning", "receiving");
        assertThat((String) read(answer, events + "[0].ilmd['ex:catchArea']")).isEqualTo("FAO 87");
        assertThat((String) read(answer, events + "[0].ilmd['lotline:vessel']")).isEqualTo("Don Lucho");
        assertThat((java.util.Map<String, Object>) read(answer, events + "[0].ilmd")).doesNotContainKey(
                "lotline:catchArea");
        // a receiving event OBSERVEs goods born elsewhere: EPCIS gives ILMD only where they are born
        assertThat((java.util.Map<String, Object>) read(answer, events + "[1]")).doesNotContainKey("ilmd");
        assertThat((String) read(answer, "$['@context'][1].lotline")).isEqualTo("urn:lotline:ilmd:");
    }

    /** The mill's own event: it made the lot at its plant and says until when it keeps. */
    private void commissioned(String lot, String expiry) {
        assertThat(capture(EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "ADD", "bizStep": "commissioning",
                 "disposition": "active", "epcList": [], "bizLocation": {"id": "urn:epc:id:sgln:%s.00002.0"},
                 "quantityList": [{"epcClass": "%s", "quantity": 1000, "uom": "KGM"}],
                 "ilmd": {"cbvmda:itemExpirationDate": "%s"}}""".formatted(EpcisCaptureIT.newId(), gcp, lgtin(lot),
                expiry)))).hasStatusOk();
    }

    private String sgln(String locationReference, String extension) {
        return "urn:epc:id:sgln:" + gcp + "." + locationReference + "." + extension;
    }

    private String lgtin(String lot) {
        return "urn:epc:class:lgtin:" + gcp + ".0" + flourItemRef + "." + lot;
    }

    private String receiving(String bizLocation, String epcClass, String uom, String quantity) {
        return EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress", "epcList": [],
                 "bizLocation": {"id": "%s"},
                 "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:%s00002:PO-7781"}],
                 "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.00002"}],
                 "quantityList": [{"epcClass": "%s", "quantity": %s, "uom": "%s"}]}"""
                .formatted(EpcisCaptureIT.newId(), java.time.Instant.now().minusSeconds(60).truncatedTo(
                        java.time.temporal.ChronoUnit.SECONDS), bizLocation, gcp, gcp, epcClass, quantity, uom));
    }

    private MvcTestResult capture(String document) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
    }
}
