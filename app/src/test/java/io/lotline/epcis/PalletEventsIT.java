package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.RecallContact;
import io.lotline.shared.Gln;
import io.lotline.shared.Sscc;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A packing line tells Lotline in EPCIS that two pallets were packed onto a pallet of pallets at the warehouse's
 * rack (AggregationEvent ADD), that they are still there (OBSERVE), and that they were taken off again (DELETE);
 * packings recorded on the handheld answer the EPCIS query as aggregation events too.
 */
class PalletEventsIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    private String gcp;
    private String rack;
    private String outer;
    private String first;
    private String second;
    private String firstLot;
    private String secondLot;

    @BeforeEach
    void aRackKnownByGlnWithTwoPalletsOnIt() {
        gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String code = "A" + UUID.randomUUID().toString().substring(0, 6);
        rack = "RACK-" + code;
        catalog.registerSite(new NewSite("S" + code, "Packing", Gln.completing(gcp + "00001"), Address.none(),
                "K" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Store", "S" + code));
        catalog.registerLocation(new NewLocation(rack, "Rack", "W" + code, null, true, false));
        catalog.registerParty(new NewParty("SUP-" + code, PartyRole.SUPPLIER, "Mill", null, Address.none(),
                "+1 555 0200", new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        Floor.Site site = new Floor.Site("S" + code, "W" + code, rack, rack, rack, "SUP-" + code, null);
        outer = sscc();
        first = sscc();
        second = sscc();
        firstLot = floor.receive(site, floor.anItem().register(), "10", rack, first);
        secondLot = floor.receive(site, floor.anItem().register(), "20", rack, second);
    }

    @Test
    void an_aggregation_event_at_our_rack_packs_the_child_ssccs_and_an_observation_confirms_it() {
        MvcTestResult packed = capture(event("ADD", "packing", urn(outer), List.of(link(first), urn(second))));

        assertThat(packed).hasStatusOk();
        assertThat((String) read(packed, "$.bookings[0].pallet")).isEqualTo(outer);
        assertThat((List<String>) read(packed, "$.bookings[0].lots")).containsExactlyInAnyOrder(firstLot, secondLot);
        assertThat((List<String>) read(as("operator").get("/api/v1/pallets/" + outer + "/contents"),
                "$.pallets[*].code")).containsExactlyInAnyOrder(first, second);
        MvcTestResult seen = capture(event("OBSERVE", "inspecting", urn(outer), List.of(link(first))));
        assertThat((String) read(seen, "$.bookings[0].notBooked")).isNull();
        assertThat((String) read(seen, "$.bookings[0].pallet")).isEqualTo(outer);
    }

    @Test
    void an_observation_of_a_pallet_the_books_do_not_pack_there_is_kept_with_the_difference() {
        as("operator").post("/api/v1/pallets/" + outer + "/packing", "{\"children\": [\"" + second + "\"]}");

        MvcTestResult seen = capture(event("OBSERVE", "inspecting", urn(outer), List.of(link(first))));

        assertThat(seen).hasStatusOk();
        assertThat((String) read(seen, "$.bookings[0].notBooked")).contains(first, "do not pack");
    }

    @Test
    void an_observation_compares_the_lots_it_names_with_the_lots_on_the_pallet_by_the_suppliers_lot_too() {
        capture(event("ADD", "packing", urn(outer), List.of(link(first))));
        String supplierLot = jdbc.sql("select supplier_lot from lots where lot_number = ?").param(firstLot)
                .query(String.class).single();

        MvcTestResult held = capture(observing(supplierLot));
        MvcTestResult notHeld = capture(observing("NOT-ON-IT"));

        assertThat((String) read(held, "$.bookings[0].notBooked")).isNull();
        assertThat((String) read(notHeld, "$.bookings[0].notBooked")).contains("NOT-ON-IT", "no such lot");
    }

    private String observing(String lot) {
        return EpcisCaptureIT.document("""
                {"type": "AggregationEvent", "eventID": "%s", "eventTime": "2026-03-01T07:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "inspecting", "parentID": "%s",
                 "childQuantityList": [{"epcClass": "urn:epc:class:lgtin:%s.012345.%s", "quantity": 10}],
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"}}""".formatted(EpcisCaptureIT.newId(),
                urn(outer), gcp, lot, gcp, rack));
    }

    @Test
    void a_delete_without_children_unpacks_every_pallet_from_the_parent() {
        capture(event("ADD", "packing", urn(outer), List.of(link(first), link(second))));

        MvcTestResult unpacked = capture(event("DELETE", "unpacking", urn(outer), List.of()));

        assertThat(unpacked).hasStatusOk();
        assertThat((List<String>) read(as("operator").get("/api/v1/pallets/" + outer + "/contents"),
                "$.pallets[*].code")).isEmpty();
        assertThat(jdbc.sql("select count(*) from pallet_packings p join containers c on c.id = p.parent_id "
                + "where c.code = ? and p.action = 'UNPACK' and p.event_id is not null").param(outer)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_event_that_would_pack_a_pallet_into_its_own_child_is_refused_by_name_and_nothing_is_kept() {
        capture(event("ADD", "packing", urn(outer), List.of(link(first))));
        long kept = count("epcis_events");

        MvcTestResult refused = capture(event("ADD", "packing", urn(first), List.of(link(outer))));

        assertThat(refused).hasStatus(422);
        assertThat((String) read(refused, "$.rule")).isEqualTo("pallet-cycle");
        assertThat((String) read(refused, "$.field")).startsWith("epcisBody.eventList[0]");
        assertThat(count("epcis_events")).isEqualTo(kept);
    }

    @Test
    void an_error_declaration_of_a_packing_takes_off_the_pallets_it_packed() {
        String packing = eventJson("ADD", "packing", urn(outer), List.of(link(first), urn(second)));
        capture(EpcisCaptureIT.document(packing));

        MvcTestResult declared = capture(EpcisCaptureIT.document(declaring(packing)));
        MvcTestResult again = capture(EpcisCaptureIT.document(declaring(packing).replace("did_not_occur",
                "incorrect_data")));

        assertThat(declared).hasStatusOk();
        assertThat((String) read(declared, "$.bookings[0].pallet")).isEqualTo(outer);
        assertThat(palletsOn(outer)).isEmpty();
        assertThat((String) read(as("operator").get("/api/v1/pallets/" + first + "/contents"), "$.packedOn"))
                .isNull();
        assertThat((List<String>) read(as("operator").get("/api/v1/pallets/" + first + "/contents"),
                "$.lots[*].lotNumber")).containsExactly(firstLot);
        assertThat((String) read(again, "$.bookings[0].notBooked")).contains("corrected already");
        assertThat(palletsOn(outer)).isEmpty();
    }

    @Test
    void an_error_declaration_of_an_unpacking_packs_the_pallets_back_on() {
        capture(event("ADD", "packing", urn(outer), List.of(link(first), link(second))));
        String unpacking = eventJson("DELETE", "unpacking", urn(outer), List.of());
        capture(EpcisCaptureIT.document(unpacking));
        assertThat(palletsOn(outer)).isEmpty();

        MvcTestResult declared = capture(EpcisCaptureIT.document(declaring(unpacking)));

        assertThat(declared).hasStatusOk();
        assertThat((List<String>) read(declared, "$.bookings[0].lots")).containsExactlyInAnyOrder(firstLot,
                secondLot);
        assertThat(palletsOn(outer)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void an_error_declaration_of_an_unpacking_whose_pallet_went_onto_another_since_is_refused_and_nothing_kept() {
        String third = sscc();
        capture(event("ADD", "packing", urn(outer), List.of(link(first))));
        String unpacking = eventJson("DELETE", "unpacking", urn(outer), List.of(link(first)));
        capture(EpcisCaptureIT.document(unpacking));
        as("operator").post("/api/v1/pallets/" + third + "/packing", "{\"children\": [\"" + first + "\"]}");
        long kept = count("epcis_events");

        MvcTestResult refused = capture(EpcisCaptureIT.document(declaring(unpacking)));

        assertThat(refused).hasStatus(422);
        assertThat((String) read(refused, "$.rule")).isEqualTo("pallet-already-packed");
        assertThat((String) read(refused, "$.field")).startsWith("epcisBody.eventList[0]");
        assertThat(count("epcis_events")).isEqualTo(kept);
        assertThat(palletsOn(outer)).isEmpty();
        assertThat(palletsOn(third)).containsExactly(first);
    }

    private List<String> palletsOn(String pallet) {
        return read(as("operator").get("/api/v1/pallets/" + pallet + "/contents"), "$.pallets[*].code");
    }

    /** The same event, declared in error. */
    private static String declaring(String event) {
        return event.replace("\"parentID\"", """
                "errorDeclaration": {"declarationTime": "2026-03-02T06:00:00Z", "reason": "did_not_occur"},
                 "parentID\"""");
    }

    @Test
    void the_same_event_sent_twice_packs_once() {
        String document = event("ADD", "packing", urn(outer), List.of(link(first)));

        capture(document);
        assertThat(capture(document)).hasStatusOk();

        assertThat(jdbc.sql("select count(*) from pallet_packings p join containers c on c.id = p.child_id "
                + "where c.code = ?").param(first).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_packing_on_the_handheld_answers_the_epcis_query_as_an_aggregation_event() {
        as("operator").post("/api/v1/pallets/" + outer + "/packing", "{\"children\": [\"" + first + "\"]}");
        as("operator").post("/api/v1/pallets/" + outer + "/unpacking", "{\"children\": [\"" + first + "\"]}");

        MvcTestResult answer = mvc.get().uri("/api/v1/epcis/events?MATCH_anyEPC=" + link(outer))
                .with(httpBasic("quality", PASSWORD)).exchange();

        String events = "$.epcisBody.queryResults.resultsBody.eventList";
        assertThat((List<String>) read(answer, events + "[*].type")).containsExactly("AggregationEvent",
                "AggregationEvent");
        assertThat((List<String>) read(answer, events + "[*].action")).containsExactly("ADD", "DELETE");
        assertThat((List<String>) read(answer, events + "[0].childEPCs")).containsExactly(link(first));
    }

    @Test
    void the_official_aggregation_examples_away_from_our_places_are_kept_and_pack_nothing() throws Exception {
        for (String vector : List.of("minimal-aggregation-pallet.jsonld",
                "gs1-JSON__Example_9.6.3-AggregationEvent.jsonld")) {
            MvcTestResult kept = capture(Files.readString(Path.of("../shared/vectors/epcis/valid", vector)));

            assertThat(kept).hasStatusOk();
            assertThat((String) read(kept, "$.bookings[0].notBooked")).isNotBlank();
        }
    }

    private String event(String action, String bizStep, String parent, List<String> children) {
        return EpcisCaptureIT.document(eventJson(action, bizStep, parent, children));
    }

    private String eventJson(String action, String bizStep, String parent, List<String> children) {
        return """
                {"type": "AggregationEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "%s", "bizStep": "%s", "parentID": "%s",
                 "childEPCs": [%s], "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"}}""".formatted(
                EpcisCaptureIT.newId(), action, bizStep, parent,
                String.join(", ", children.stream().map(c -> "\"" + c + "\"").toList()), gcp, rack);
    }

    private String sscc() {
        return Sscc.completing("0" + gcp + String.format("%09d",
                ThreadLocalRandom.current().nextLong(1_000_000_000L))).value();
    }

    /** The EPC URN of an SSCC of our company prefix: extension digit first in the serial reference. */
    private String urn(String sscc) {
        return "urn:epc:id:sscc:" + gcp + "." + sscc.charAt(0) + sscc.substring(1 + gcp.length(), 17);
    }

    private static String link(String sscc) {
        return "https://id.gs1.org/00/" + sscc;
    }

    private MvcTestResult capture(String document) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
    }
}
