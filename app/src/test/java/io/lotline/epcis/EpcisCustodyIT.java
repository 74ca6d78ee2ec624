package io.lotline.epcis;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A seafood chain told in EPCIS: a vessel catches tuna, a harbour trader lands it and cuts it into loins at its own
 * plant, hands the loins over to the processor and ships them to the processor's dock, where they are received.
 * Only the receipt at the processor's own site moves the processor's stock; the partner's events are kept, link
 * the loins to the catch and record the change of custody, so a trace from the received lot reaches the vessel.
 */
class EpcisCustodyIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    @Autowired
    Epcis epcis;

    private String gcp;
    private String harbour;
    private String vessel;
    private String dock;
    private String loinSku;

    @BeforeEach
    void aProcessorWithADockATraderAndLoinsKnownByGtin() {
        gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        harbour = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        vessel = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String code = "C" + UUID.randomUUID().toString().substring(0, 6);
        dock = "DOCK-" + code;
        catalog.registerSite(new NewSite("S" + code, "Processor", Gln.completing(gcp + "00001"), Address.none(),
                "P" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Cold store", "S" + code));
        catalog.registerLocation(new NewLocation(dock, "Dock", "W" + code, null, false, false));
        catalog.registerParty(new NewParty("H" + code, PartyRole.SUPPLIER, "Harbour Traders",
                Gln.completing(harbour + "00001"), Address.none(), "+1 555 0200",
                new RecallContact("Ina Harbour", "ina@harbour.example", "+1 555 0201")));
        loinSku = "LOIN-" + code;
        catalog.registerItem(new NewItem(loinSku, Gtin.completing("0" + harbour + "05432"), "Tuna loins",
                UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, null, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void a_lot_received_at_our_dock_traces_through_the_traders_cutting_back_to_the_vessels_catch() {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(capture(chain(catchLot, loinLot))).hasStatusOk();

        MvcTestResult received = capture(EpcisCaptureIT.document(receiving(loinLot, "300")));

        assertThat(received).hasStatusOk();
        String lot = read(received, "$.bookings[0].lots[0]");
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + dock + "&sku=" + loinSku);
        assertThat(amount(stock, "$.content[0].quantity.amount")).isEqualByComparingTo("300");
        MvcTestResult origins = as("quality").get("/api/v1/epcis/origins?lot=" + lot);
        assertThat(origins).hasStatusOk();
        assertThat((List<String>) read(origins, "$.lots[*].lot")).contains(loinLot, catchLot);
        assertThat((List<Integer>) read(origins, "$.lots[?(@.lot == '" + catchLot + "')].depth")).containsExactly(1);
        assertThat((List<String>) read(origins, "$.events[*].bizStep")).containsExactly(
                "urn:gdst:bizStep:fishingEvent", "urn:gdst:bizStep:landing", "commissioning", "shipping",
                "receiving");
        assertThat((List<Boolean>) read(origins, "$.events[*].atOurSite")).containsExactly(false, false, false,
                false, true);
        List<Map<String, Object>> custody = read(origins, "$.custody");
        assertThat(custody).extracting(change -> change.get("partyType"), change -> change.get("fromParty"),
                change -> change.get("toParty")).contains(
                org.assertj.core.groups.Tuple.tuple("owning_party", "urn:epc:id:pgln:" + harbour + ".00001",
                        "urn:epc:id:pgln:" + gcp + ".00001"));
    }

    @Test
    void the_ordinary_reverse_trace_of_canned_tuna_runs_through_our_loins_back_to_the_vessels_catch()
            throws Exception {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain(catchLot, loinLot));
        String loins = read(capture(EpcisCaptureIT.document(receiving(loinLot, "300"))), "$.bookings[0].lots[0]");
        String cans = cannedFrom(loins);
        String catchName = Gtin.completing("0" + vessel + "12345").value() + "/" + catchLot;
        String loinName = Gtin.completing("0" + harbour + "05432").value() + "/" + loinLot;
        String query = "?direction=REVERSE&lot=" + cans;

        MvcTestResult trace = as("quality").get("/api/v1/traces" + query + "&view=full");

        assertThat(trace).hasStatusOk();
        assertThat((List<String>) read(trace, "$.lots[*].lotNumber")).containsExactlyInAnyOrder(cans, loins);
        assertThat((List<String>) read(trace, "$.partnerLots[*].lot")).containsExactly(catchLot);
        assertThat((Integer) read(trace, "$.partnerLots[0].depth")).isEqualTo(2);
        assertThat((String) read(trace, "$.partnerLots[0].reachedFrom")).isEqualTo(loins);
        assertThat((List<String>) read(trace, "$.partnerEvents[*].bizStep")).containsExactly(
                "urn:gdst:bizStep:fishingEvent", "urn:gdst:bizStep:landing", "commissioning", "shipping");
        assertThat((List<String>) read(trace, "$.partnerEvents[2].lots")).containsExactlyInAnyOrder(catchName,
                loinName);
        MvcTestResult summary = as("quality").get("/api/v1/traces/summary" + query);
        assertThat((Integer) read(summary, "$.totals.partnerLots")).isEqualTo(1);
        assertThat((Integer) read(summary, "$.totals.partnerEvents")).isEqualTo(4);
        assertThat((List<Integer>) read(summary, "$.partnerLotsByDepth[*].depth")).containsExactly(2);
        MvcTestResult page = as("quality").get("/api/v1/traces/partner-lots" + query + "&size=1");
        assertThat((List<String>) read(page, "$.items[*].lot")).containsExactly(catchLot);
        MvcTestResult csv = as("quality").get("/api/v1/traces/csv" + query);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
                        csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).filteredOn(row -> !row.get("gtin").isEmpty())
                .extracting(row -> row.get("depth"), row -> row.get("lot"), row -> row.get("made_from"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", catchLot, ""));
        MvcTestResult forward = as("quality").get("/api/v1/traces?direction=FORWARD&view=full&lot=" + loins);
        assertThat((List<Object>) read(forward, "$.partnerLots")).isEmpty();
    }

    @Test
    void the_catch_and_its_landing_are_critical_tracking_events_with_the_vessel_catch_area_and_dates() {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain(catchLot, loinLot));

        MvcTestResult origins = as("quality").get("/api/v1/epcis/origins?epcClass=" + loin(loinLot));

        List<Map<String, Object>> critical = read(origins, "$.criticalEvents");
        assertThat(critical).extracting(e -> e.get("cte"), e -> e.get("lot"), e -> e.get("eventDate"),
                e -> e.get("vesselName"), e -> e.get("vesselId"), e -> e.get("catchArea"), e -> e.get("harvestDate"),
                e -> e.get("harvestEndDate"), e -> e.get("harvestLocation"), e -> e.get("landingDate"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HARVESTING", catchLot, "2026-02-01", "Marlin Star",
                                "IMO9876543", "FAO 71", "2026-01-28", "2026-01-31",
                                "urn:epc:id:sgln:" + vessel + ".00001.0", null),
                        org.assertj.core.groups.Tuple.tuple("FIRST_LAND_BASED_RECEIVING", catchLot, "2026-02-02",
                                "Marlin Star", "IMO9876543", "FAO 71", "2026-01-28", "2026-01-31",
                                "urn:epc:id:sgln:" + vessel + ".00001.0", "2026-02-02"));
    }

    @Test
    void the_fsma_spreadsheet_has_the_landing_of_a_lot_with_its_vessel_catch_area_and_landing_date() throws Exception {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain(catchLot, "LOIN-" + UUID.randomUUID().toString().substring(0, 6)));

        MvcTestResult csv = as("compliance").get("/api/v1/exports/fsma204.csv?lot=" + catchLot);

        assertThat(csv).hasStatusOk();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("CTE"), r -> r.get("Traceability Lot Code"), r -> r.get("Event Date"),
                r -> r.get("Vessel Name"), r -> r.get("Catch Area"), r -> r.get("Harvest Date"),
                r -> r.get("Harvest End Date"), r -> r.get("Landing Date"), r -> r.get("Quantity"),
                r -> r.get("Event Location GLN"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Harvesting", catchLot, "2026-02-01", "Marlin Star",
                                "FAO 71", "2026-01-28", "2026-01-31", "", "2000",
                                Gln.completing(vessel + "00001").value()),
                        org.assertj.core.groups.Tuple.tuple("First Land-Based Receiving", catchLot, "2026-02-02",
                                "Marlin Star", "FAO 71", "2026-01-28", "2026-01-31", "2026-02-02", "2000",
                                Gln.completing(harbour + "00020").value()));
    }

    @Test
    void the_landings_of_a_scope_of_more_lots_than_a_statement_takes_parameters_are_found() {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain(catchLot, "LOIN-" + UUID.randomUUID().toString().substring(0, 6)));
        List<String> scope = new java.util.ArrayList<>();
        for (int n = 0; n < 70_000; n++) {
            scope.add("OTHER-" + n);
        }
        scope.add(35_000, catchLot);
        scope.add(catchLot);

        List<CriticalTrackingEvent> found = epcis.criticalEvents(null, null, null, scope);

        assertThat(found).extracting(CriticalTrackingEvent::cte, CriticalTrackingEvent::lot).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CriticalTrackingEvent.Cte.HARVESTING, catchLot),
                org.assertj.core.groups.Tuple.tuple(CriticalTrackingEvent.Cte.FIRST_LAND_BASED_RECEIVING, catchLot));
    }

    @Test
    void a_packed_lot_carries_the_harvest_and_cooling_of_the_field_lot_it_was_packed_from() {
        String field = "urn:epc:class:lgtin:" + vessel + ".077777.FIELD-" + UUID.randomUUID().toString()
                .substring(0, 6);
        String packed = "urn:epc:class:lgtin:" + vessel + ".088888.PACK-" + UUID.randomUUID().toString()
                .substring(0, 6);
        String farm = "urn:epc:id:sgln:" + vessel + ".00031.0";
        String cooler = "urn:epc:id:sgln:" + vessel + ".00032.0";

        assertThat(capture(EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventTime": "2026-05-01T06:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "action": "ADD", "bizStep": "https://farm.example/bizstep/harvesting", "epcList": [],
                 "bizLocation": {"id": "%1$s"}, "quantityList": [{"epcClass": "%3$s", "quantity": 40, "uom": "KGM"}]},
                {"type": "ObjectEvent", "eventTime": "2026-05-01T09:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "https://farm.example/bizstep/cooling", "epcList": [],
                 "readPoint": {"id": "%2$s"}, "quantityList": [{"epcClass": "%3$s", "quantity": 40, "uom": "KGM"}]},
                {"type": "TransformationEvent", "eventTime": "2026-05-02T07:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "bizStep": "https://farm.example/bizstep/initial_packing", "bizLocation": {"id": "%2$s"},
                 "inputQuantityList": [{"epcClass": "%3$s", "quantity": 40, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "%4$s", "quantity": 36, "uom": "KGM"}]}"""
                .formatted(farm, cooler, field, packed)))).hasStatusOk();

        MvcTestResult origins = as("quality").get("/api/v1/epcis/origins?epcClass=" + packed);
        List<Map<String, Object>> critical = read(origins, "$.criticalEvents[?(@.cte == 'INITIAL_PACKING')]");
        assertThat(critical).singleElement().satisfies(packing -> {
            assertThat(packing).containsEntry("harvestLocation", farm).containsEntry("harvestDate", "2026-05-01")
                    .containsEntry("coolingLocation", cooler).containsEntry("coolingDate", "2026-05-01")
                    .containsEntry("location", cooler).containsEntry("eventDate", "2026-05-02");
        });
        assertThat((List<String>) read(origins, "$.criticalEvents[*].cte")).containsExactly("HARVESTING",
                "COOLING", "INITIAL_PACKING");
    }

    @Test
    void the_vessels_product_and_places_nobody_registered_are_listed_for_review_until_they_are() {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        String catchClass = "urn:epc:class:lgtin:" + vessel + ".012345." + catchLot;
        String vesselPlace = "urn:epc:id:sgln:" + vessel + ".00001.0";
        assertThat(capture(chain(catchLot, "LOIN-" + UUID.randomUUID().toString().substring(0, 6))))
                .hasStatusOk();

        MvcTestResult listed = as("supervisor").get("/api/v1/master-data/provisional");

        assertThat(listed).hasStatusOk();
        assertThat((List<String>) read(listed, "$[?(@.identifier == '" + catchClass + "')].gs1Key"))
                .containsExactly(Gtin.completing("0" + vessel + "12345").value());
        assertThat((List<String>) read(listed, "$[?(@.identifier == '" + vesselPlace + "')].kind"))
                .containsExactly("LOCATION");
        assertThat((List<String>) read(listed, "$[*].identifier")).doesNotContain(
                "urn:epc:id:pgln:" + harbour + ".00001", "urn:epc:id:pgln:" + gcp + ".00001", loin("x"));
        catalog.registerItem(new NewItem("TUNA-" + vessel, Gtin.completing("0" + vessel + "12345"), "Whole tuna",
                UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, null, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
        MvcTestResult reviewed = as("supervisor").get("/api/v1/master-data/provisional");
        assertThat((List<String>) read(reviewed, "$[*].identifier")).doesNotContain(catchClass)
                .contains(vesselPlace);
    }

    @Test
    void the_lots_page_shows_quality_the_catch_and_landing_it_came_from_and_hides_them_from_the_floor() {
        String catchLot = "CATCH-" + UUID.randomUUID().toString().substring(0, 6);
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain(catchLot, loinLot));
        String lot = read(capture(EpcisCaptureIT.document(receiving(loinLot, "50"))), "$.bookings[0].lots[0]");

        MvcTestResult page = mvc.get().uri("/lots/" + lot).with(user("quality").roles("QUALITY")).exchange();
        MvcTestResult floor = mvc.get().uri("/lots/" + lot).with(user("operator").roles("OPERATOR")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"origins\"", "First land-based receiving", "Marlin Star",
                "FAO 71", catchLot);
        assertThat(floor).hasStatusOk();
        assertThat(floor).bodyText().doesNotContain("Marlin Star", "id=\"origins\"");
    }

    @Test
    void the_traders_cutting_at_its_own_plant_moves_none_of_our_stock() {
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);

        MvcTestResult captured = capture(chain("CATCH-" + UUID.randomUUID().toString().substring(0, 6), loinLot));

        assertThat(captured).hasStatusOk();
        assertThat((String) read(captured, "$.bookings[0].notBooked")).contains("no site of ours");
        MvcTestResult stock = as("quality").get("/api/v1/stock?sku=" + loinSku);
        assertThat((List<Object>) read(stock, "$.content")).isEmpty();
    }

    @Test
    void a_transformation_at_our_dock_that_would_use_more_than_we_hold_is_refused_and_nothing_is_stored() {
        String loinLot = "LOIN-" + UUID.randomUUID().toString().substring(0, 6);
        capture(chain("CATCH-" + UUID.randomUUID().toString().substring(0, 6), loinLot));
        capture(EpcisCaptureIT.document(receiving(loinLot, "100")));
        String eventId = EpcisCaptureIT.newId();

        MvcTestResult refused = capture(EpcisCaptureIT.document("""
                {"type": "TransformationEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "bizStep": "commissioning", "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"},
                 "inputQuantityList": [{"epcClass": "%s", "quantity": 250, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:%s.005432.STEAK-1", "quantity": 240,
                                         "uom": "KGM"}]}""".formatted(eventId, now(), gcp, dock, loin(loinLot),
                harbour)));

        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
        assertThat((String) read(refused, "$.field")).startsWith("epcisBody.eventList[0]");
        MvcTestResult kept = as("quality").get("/api/v1/epcis/events?MATCH_anyEPCClass="
                + "urn:epc:class:lgtin:" + harbour + ".005432.STEAK-1");
        assertThat((List<Object>) read(kept, "$.epcisBody.queryResults.resultsBody.eventList")).isEmpty();
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + dock + "&sku=" + loinSku);
        assertThat(amount(stock, "$.content[0].quantity.amount")).isEqualByComparingTo("100");
    }

    @Test
    void origins_of_a_lot_named_neither_by_number_nor_by_class_are_refused_with_a_problem() {
        MvcTestResult refused = as("quality").get("/api/v1/epcis/origins?epcClass=urn:epc:id:sgtin:1.2.3");

        assertThat(refused).hasStatus(400);
        assertThat((String) read(refused, "$.field")).isEqualTo("epcClass");
    }

    /** Canned tuna made at our dock from the received loins, through a production order booked over the API. */
    private String cannedFrom(String loins) {
        String canSku = "CAN-" + UUID.randomUUID().toString().substring(0, 6);
        catalog.registerItem(new NewItem(canSku, null, "Canned tuna", UnitOfMeasure.of("KG"), List.of(),
                TrackingPolicy.LOT, null, null, null, null, null, InitialLotStatus.RELEASED, null, null));
        String order = "CAN-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s", "plannedQuantity": {"amount": 100, "unit": "KG"},
                 "lineCode": "L1", "shiftCode": "A", "recipe": [{"sku": "%s", "quantity": {"amount": 100, "unit": "KG"}}]}"""
                .formatted(order, canSku, loinSku))).hasStatus(201);
        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 100, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                .formatted(loins, dock))).hasStatus(201);
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 95, "unit": "KG"}, "to": {"location": "%s"}}]}""".formatted(dock));
        assertThat(made).hasStatus(201);
        return read(made, "$.lots[0].lotNumber");
    }

    /** The vessel's catch, the trader cutting it at its plant, and the trader shipping the loins to us. */
    private String chain(String catchLot, String loinLot) {
        String catchClass = "urn:epc:class:lgtin:" + vessel + ".012345." + catchLot;
        return EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%1$s", "eventTime": "2026-02-01T04:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "ADD", "bizStep": "urn:gdst:bizStep:fishingEvent",
                 "bizLocation": {"id": "urn:epc:id:sgln:%2$s.00001.0"}, "epcList": [],
                 "quantityList": [{"epcClass": "%3$s", "quantity": 2000, "uom": "KGM"}],
                 "ilmd": {"cbvmda:vesselName": "Marlin Star", "cbvmda:vesselID": "IMO9876543",
                          "cbvmda:catchArea": "FAO 71", "cbvmda:harvestStartDate": "2026-01-28",
                          "cbvmda:harvestEndDate": "2026-01-31"}},
                {"type": "ObjectEvent", "eventID": "%9$s", "eventTime": "2026-02-02T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "urn:gdst:bizStep:landing",
                 "bizLocation": {"id": "urn:epc:id:sgln:%5$s.00020.0"}, "epcList": [],
                 "quantityList": [{"epcClass": "%3$s", "quantity": 2000, "uom": "KGM"}]},
                {"type": "TransformationEvent", "eventID": "%4$s", "eventTime": "2026-02-03T08:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "bizStep": "commissioning",
                 "bizLocation": {"id": "urn:epc:id:sgln:%5$s.00010.0"},
                 "inputQuantityList": [{"epcClass": "%3$s", "quantity": 2000, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "%6$s", "quantity": 1200, "uom": "KGM"}]},
                {"type": "ObjectEvent", "eventID": "%7$s", "eventTime": "2026-02-04T08:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "shipping",
                 "disposition": "in_transit", "bizLocation": {"id": "urn:epc:id:sgln:%5$s.00010.0"}, "epcList": [],
                 "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%5$s.00001"}],
                 "destinationList": [{"type": "owning_party", "destination": "urn:epc:id:pgln:%8$s.00001"}],
                 "quantityList": [{"epcClass": "%6$s", "quantity": 1200, "uom": "KGM"}]}"""
                .formatted(EpcisCaptureIT.newId(), vessel, catchClass, EpcisCaptureIT.newId(), harbour,
                        loin(loinLot), EpcisCaptureIT.newId(), gcp, EpcisCaptureIT.newId()));
    }

    private String receiving(String loinLot, String quantity) {
        return """
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress", "epcList": [],
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"},
                 "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.00001"}],
                 "quantityList": [{"epcClass": "%s", "quantity": %s, "uom": "KGM"}]}"""
                .formatted(EpcisCaptureIT.newId(), now(), gcp, dock, harbour, loin(loinLot), quantity);
    }

    private String loin(String lot) {
        return "urn:epc:class:lgtin:" + harbour + ".005432." + lot;
    }

    private static String now() {
        return java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    private MvcTestResult capture(String document) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
    }
}
