package io.lotline.epcis;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
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
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner asks the bakery's EPCIS interface what happened to its flour: the clerk booked one delivery at the dock
 * and moved it to the rack through the REST API, the mill's system sent another delivery as an EPCIS receiving event.
 * The partner sees one history, each fact once, however it was recorded.
 */
class EpcisLedgerEventsIT extends IntegrationTest {
    private static final String EVENTS = "$.epcisBody.queryResults.resultsBody.eventList";

    @Autowired
    Catalog catalog;

    private String gcp;
    private String dock;
    private String rack;
    private String mill;
    private Gtin flour;
    private String flourSku;

    @BeforeEach
    void aBakeryWithADockARackAMillAndFlourWithAGtin() {
        gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String code = "L" + UUID.randomUUID().toString().substring(0, 6);
        catalog.registerSite(new NewSite("S" + code, "Bakery", Gln.completing(gcp + "00001"), Address.none(),
                "B" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Store", "S" + code));
        dock = "DOCK-" + code;
        rack = "RACK-" + code;
        catalog.registerLocation(new NewLocation(dock, "Dock", "W" + code, null, false, false));
        catalog.registerLocation(new NewLocation(rack, "Rack", "W" + code, null, true, false));
        mill = "M" + code;
        catalog.registerParty(new NewParty(mill, PartyRole.SUPPLIER, "Mill", Gln.completing(gcp + "00002"),
                Address.none(), "+1 555 0200", new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        flourSku = "FLOUR-" + code;
        flour = Gtin.completing("0" + gcp + "05432");
        catalog.registerItem(new NewItem(flourSku, flour, "Flour", UnitOfMeasure.of("KG"), List.of(),
                TrackingPolicy.LOT, 180, null, null, null, null, InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void a_receipt_and_a_transfer_booked_through_the_api_are_events_at_receiving_and_storing() {
        String lot = receivedAtTheDock("40");
        moved(lot, "15");

        MvcTestResult answer = query("MATCH_anyEPCClass=" + lgtin(lot));

        assertThat((List<String>) read(answer, EVENTS + "[*].type")).containsExactly("ObjectEvent", "ObjectEvent");
        assertThat((List<String>) read(answer, EVENTS + "[*].bizStep")).containsExactly("receiving", "storing");
        assertThat((List<String>) read(answer, EVENTS + "[*].disposition"))
                .containsExactly("in_progress", "in_progress");
        assertThat((List<String>) read(answer, EVENTS + "[*].bizLocation.id")).containsExactly(sgln(dock),
                sgln(rack));
        assertThat((String) read(answer, EVENTS + "[0].sourceList[0].source"))
                .isEqualTo("https://id.gs1.org/417/" + Gln.completing(gcp + "00002").value());
        assertThat((List<Number>) read(answer, EVENTS + "[*].quantityList[0].quantity")).map(Number::intValue)
                .containsExactly(40, 15);
        assertThat((List<String>) read(answer, EVENTS + "[*].recordTime")).hasSize(2);
        assertThat((List<String>) read(query("MATCH_anyEPCClass=" + lgtin(lot)), EVENTS + "[*].eventID"))
                .isEqualTo(read(answer, EVENTS + "[*].eventID")).doesNotHaveDuplicates();
    }

    @Test
    void each_parameter_of_the_query_selects_ledger_entries_by_the_event_they_are() {
        String lot = receivedAtTheDock("40");
        moved(lot, "15");
        String ours = "MATCH_anyEPCClass=" + lgtin(lot);
        String urn = "urn:epc:class:lgtin:" + gcp + ".005432." + lot;

        assertThat(steps(ours + "&EQ_bizStep=urn:epcglobal:cbv:bizstep:receiving")).containsExactly("receiving");
        assertThat(steps(ours + "&EQ_bizStep=storing&EQ_bizStep=shipping")).containsExactly("storing");
        assertThat(steps(ours + "&EQ_disposition=in_progress")).containsExactly("receiving", "storing");
        assertThat(steps(ours + "&EQ_disposition=in_transit")).isEmpty();
        assertThat(steps(ours + "&eventType=ObjectEvent")).containsExactly("receiving", "storing");
        assertThat(steps(ours + "&eventType=TransformationEvent")).isEmpty();
        assertThat(steps("EQ_bizLocation=" + sgln(rack))).containsExactly("storing");
        assertThat(steps("EQ_bizLocation=urn:epc:id:sgln:" + gcp + ".00001." + dock)).containsExactly("receiving");
        assertThat(steps(ours + "&EQ_readPoint=" + sgln(dock))).isEmpty();
        assertThat(steps(ours + "&GE_eventTime=" + Instant.now().plus(1, ChronoUnit.DAYS))).isEmpty();
        assertThat(steps(ours + "&LT_eventTime=" + Instant.now().plus(1, ChronoUnit.DAYS)))
                .containsExactly("receiving", "storing");
        assertThat(steps("MATCH_anyEPCClass=" + urn)).containsExactly("receiving", "storing");
        assertThat(steps("MATCH_anyEPCClass=urn:epc:classpat:lgtin:" + gcp + ".005432.*"))
                .containsExactly("receiving", "storing");
        assertThat(steps("MATCH_anyEPCClass=urn:epc:classpat:lgtin:" + gcp + ".005433.*")).isEmpty();
        assertThat(steps(ours + "&MATCH_epc=urn:epc:idpat:sgtin:" + gcp + ".005432.*")).isEmpty();
        assertThat(steps(ours + "&EQ_transformationID=urn:lotline:production-order:NONE")).isEmpty();
    }

    @Test
    void a_receipt_booked_by_a_captured_receiving_event_is_told_once_by_that_event() {
        receivedAtTheDock("40");
        String supplierLot = "C" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = "urn:uuid:" + UUID.randomUUID();
        capture(commissioned(supplierLot));
        MvcTestResult captured = capture(receiving(eventId, supplierLot));
        assertThat((String) read(captured, "$.bookings[0].receipt")).isNotBlank();
        String booked = read(captured, "$.bookings[0].lots[0]");

        MvcTestResult atTheDock = query("EQ_bizLocation=" + sgln(dock) + "&EQ_bizLocation=urn:epc:id:sgln:" + gcp
                + ".00001." + dock + "&EQ_bizStep=receiving");

        assertThat((List<String>) read(atTheDock, EVENTS + "[*].eventID")).hasSize(2).contains(eventId);
        assertThat(steps("MATCH_anyEPCClass=" + lgtin(booked))).isEmpty();
    }

    @Test
    void pages_over_captured_events_and_ledger_entries_hold_every_event_once() {
        String first = receivedAtTheDock("40");
        String supplierLot = "C" + UUID.randomUUID().toString().substring(0, 8);
        capture(commissioned(supplierLot));
        capture(receiving("urn:uuid:" + UUID.randomUUID(), supplierLot));
        moved(first, "10");
        String second = receivedAtTheDock("5");
        moved(second, "5");
        String all = "EQ_bizLocation=" + sgln(dock) + "&EQ_bizLocation=" + sgln(rack)
                + "&EQ_bizLocation=urn:epc:id:sgln:" + gcp + ".00001." + dock;
        List<String> atOnce = read(query(all), EVENTS + "[*].eventID");

        List<String> paged = new ArrayList<>();
        MvcTestResult page = query(all + "&perPage=2");
        paged.addAll(read(page, EVENTS + "[*].eventID"));
        while (page.getResponse().getHeader("Link") != null) {
            String link = page.getResponse().getHeader("Link");
            page = get(link.substring(link.indexOf("/api/"), link.indexOf('>')));
            paged.addAll(read(page, EVENTS + "[*].eventID"));
        }

        assertThat(atOnce).hasSize(5).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(atOnce);
    }

    @Test
    void the_answer_with_ledger_entries_is_an_epcis_query_document_valid_against_the_official_schema()
            throws Exception {
        String lot = receivedAtTheDock("40");
        moved(lot, "15");
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status", """
                {"status": "ON_HOLD", "reason": "Mould found in a sample"}""")).hasStatus2xxSuccessful();

        MvcTestResult answer = query("MATCH_anyEPCClass=" + lgtin(lot));

        assertThat(answer).hasStatusOk().hasContentType("application/ld+json");
        assertThat(steps("MATCH_anyEPCClass=" + lgtin(lot) + "&EQ_bizStep=holding")).containsExactly("holding");
        assertThat(steps("MATCH_anyEPCClass=" + lgtin(lot) + "&EQ_disposition=non_sellable_other"))
                .containsExactly("holding");
        try (InputStream schema = getClass().getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(schema);
            assertThat(validator.validate(JsonMapper.builder().build().readTree(body(answer)))).isEmpty();
        }
    }

    private String receivedAtTheDock(String kilograms) {
        MvcTestResult received = as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "purchaseOrder": "PO-42", "lines": [{"sku": "%s",
                 "quantity": {"amount": %s, "unit": "KG"}, "supplierLot": "S-%s", "productionDate": "%s",
                 "destination": {"location": "%s"}}]}""".formatted(mill, flourSku, kilograms,
                UUID.randomUUID().toString().substring(0, 8), LocalDate.now(), dock));
        assertThat(received).hasStatus(201);
        return read(received, "$.lots[0].lotNumber");
    }

    private void moved(String lot, String kilograms) {
        assertThat(as("operator").post("/api/v1/transfers", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"},
                 "to": {"location": "%s"}}""".formatted(lot, kilograms, dock, rack))).hasStatus(201);
    }

    /** The mill's own event: it made the lot at its plant and says until when it keeps. */
    private String commissioned(String lot) {
        return EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "ADD", "bizStep": "commissioning",
                 "disposition": "active", "epcList": [], "bizLocation": {"id": "urn:epc:id:sgln:%s.00002.0"},
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:%s.005432.%s", "quantity": 1000, "uom": "KGM"}],
                 "ilmd": {"cbvmda:itemExpirationDate": "%s"}}""".formatted(EpcisCaptureIT.newId(), gcp, gcp, lot,
                LocalDate.now().plusDays(150)));
    }

    private String receiving(String eventId, String lot) {
        return EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress", "epcList": [],
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"},
                 "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.00002"}],
                 "quantityList": [{"epcClass": "urn:epc:class:lgtin:%s.005432.%s", "quantity": 25,
                                   "uom": "KGM"}]}""".formatted(eventId,
                Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), gcp, dock, gcp, gcp, lot));
    }

    private String lgtin(String lot) {
        return "https://id.gs1.org/01/" + flour.value() + "/10/" + lot;
    }

    private String sgln(String location) {
        return "https://id.gs1.org/414/" + Gln.completing(gcp + "00001").value() + "/254/" + location;
    }

    private List<String> steps(String parameters) {
        return read(query(parameters), EVENTS + "[*].bizStep");
    }

    private MvcTestResult query(String parameters) {
        return get("/api/v1/epcis/events?" + parameters);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(httpBasic("quality", PASSWORD)).exchange();
    }

    private MvcTestResult capture(String document) {
        MvcTestResult result = mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
        assertThat(result).hasStatusOk();
        return result;
    }
}
