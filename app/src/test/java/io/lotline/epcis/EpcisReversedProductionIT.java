package io.lotline.epcis;

import static io.lotline.support.Api.amount;
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
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The bakery's line reports in EPCIS that it baked bread from a lot of flour, then declares that transformation in
 * error: the flour never went into that bread. The consumption and the output are reversed, and the genealogy the
 * event made is withdrawn (ADR 65): a trace from the flour no longer reaches the bread, one from the bread no longer
 * reaches the flour, and the flour's mass balance shows the consumption given back.
 */
class EpcisReversedProductionIT extends IntegrationTest {
    @Autowired
    Catalog catalog;

    private String gcp;
    private String dock;
    private String flourSku;
    private String flourLot;
    private String flour;
    private String bread;
    private String baking;

    @BeforeEach
    void breadBakedAtOurDockFromFlourReceivedThere() {
        gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String code = "R" + UUID.randomUUID().toString().substring(0, 6);
        dock = "DOCK-" + code;
        catalog.registerSite(new NewSite("S" + code, "Bakery", Gln.completing(gcp + "00001"), Address.none(),
                "B" + code.substring(1, 4), "+1 555 0100"));
        catalog.registerWarehouse(new NewWarehouse("W" + code, "Store", "S" + code));
        catalog.registerLocation(new NewLocation(dock, "Dock", "W" + code, null, false, false));
        catalog.registerParty(new NewParty("M" + code, PartyRole.SUPPLIER, "Mill", Gln.completing(gcp + "00002"),
                Address.none(), "+1 555 0200", new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        flourSku = "FLOUR-" + code;
        catalog.registerItem(new NewItem(flourSku, Gtin.completing("0" + gcp + "05432"), "Flour",
                UnitOfMeasure.of("KG"), List.of(), TrackingPolicy.LOT, 180, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
        catalog.registerItem(new NewItem("BREAD-" + code, Gtin.completing("0" + gcp + "07777"), "Bread",
                UnitOfMeasure.of("EA"), List.of(), TrackingPolicy.LOT, 5, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
        flourLot = "L" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(capture(EpcisCaptureIT.document(commissioned()))).hasStatusOk();
        MvcTestResult received = capture(EpcisCaptureIT.document(receiving()));
        assertThat(received).hasStatusOk();
        flour = read(received, "$.bookings[0].lots[0]");
        bread = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        baking = transformation(bread);
        MvcTestResult baked = capture(EpcisCaptureIT.document(baking));
        assertThat(baked).hasStatusOk();
        assertThat((List<String>) read(baked, "$.bookings[0].lots")).containsExactly(bread);
    }

    @Test
    void a_transformation_declared_in_error_leaves_both_traces_and_gives_the_flour_back() {
        assertThat(traced("FORWARD", flour)).containsExactlyInAnyOrder(flour, bread);
        assertThat(traced("REVERSE", bread)).containsExactlyInAnyOrder(bread, flour);
        long edges = count("genealogy_edges");

        MvcTestResult declared = capture(EpcisCaptureIT.document(declaring(baking)));

        assertThat(declared).hasStatusOk();
        assertThat((String) read(declared, "$.bookings[0].movement")).isEqualTo("CORRECTION");
        assertThat((List<String>) read(declared, "$.bookings[0].lots")).containsExactlyInAnyOrder(flour, bread);
        assertThat(traced("FORWARD", flour)).containsExactly(flour);
        assertThat(traced("REVERSE", bread)).containsExactly(bread);
        assertThat(count("genealogy_edges")).isEqualTo(edges);
        assertThat(count("genealogy_withdrawn_edges")).isPositive();
        MvcTestResult balance = as("quality").get("/api/v1/mass-balance?lot=" + flour);
        assertThat(amount(balance, "$[0].consumed.amount")).isEqualByComparingTo("38.5");
        assertThat(amount(balance, "$[0].correctedIn.amount")).isEqualByComparingTo("38.5");
        assertThat(amount(balance, "$[0].onHand.amount")).isEqualByComparingTo("100");
        assertThat(amount(balance, "$[0].gap.amount")).isEqualByComparingTo("0");
        MvcTestResult stock = as("quality").get("/api/v1/stock?location=" + dock + "&sku=" + flourSku);
        assertThat(amount(stock, "$.content[0].quantity.amount")).isEqualByComparingTo("100");
    }

    @Test
    void a_second_declaration_of_the_same_transformation_finds_it_corrected_already() {
        capture(EpcisCaptureIT.document(declaring(baking)));
        long entries = count("ledger_entries");

        MvcTestResult again = capture(EpcisCaptureIT.document(declaring(baking).replace("did_not_occur",
                "incorrect_data")));

        assertThat(again).hasStatusOk();
        assertThat((String) read(again, "$.bookings[0].notBooked")).contains("corrected already");
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(traced("FORWARD", flour)).containsExactly(flour);
    }

    @Test
    void a_declaration_of_a_transformation_whose_bread_was_shipped_is_refused_and_the_genealogy_stays() {
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "C-%s", "role": "CUSTOMER", "name": "Shop",
                 "recallContact": {"name": "Ben", "email": "ben@shop.example"}}""".formatted(bread))).hasStatus(201);
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 120, "unit": "EA"}, "from": {"location": "%s"},
                 "customer": "C-%s"}""".formatted(bread, dock, bread))).hasStatus(201);
        long withdrawn = count("genealogy_withdrawn_edges");

        MvcTestResult refused = capture(EpcisCaptureIT.document(declaring(baking)));

        assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
        assertThat((String) read(refused, "$.rule")).isEqualTo("lot-at-place");
        assertThat((String) read(refused, "$.detail")).contains(bread);
        assertThat(count("genealogy_withdrawn_edges")).isEqualTo(withdrawn);
        assertThat(traced("FORWARD", flour)).containsExactlyInAnyOrder(flour, bread);
    }

    private List<String> traced(String direction, String lot) {
        MvcTestResult trace = as("quality").get("/api/v1/traces?direction=" + direction + "&lot=" + lot);
        assertThat(trace).hasStatus(200);
        return read(trace, "$.lots[*].lotNumber");
    }

    private String transformation(String breadLot) {
        return """
                {"type": "TransformationEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "bizStep": "commissioning", "disposition": "active", "transformationID": "%s",
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"},
                 "inputQuantityList": [{"epcClass": "%s", "quantity": 38.5, "uom": "KGM"}],
                 "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:%s.007777.%s", "quantity": 120,
                                         "uom": "H87"}]}""".formatted(EpcisCaptureIT.newId(),
                Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS), EpcisCaptureIT.newId(), gcp, dock,
                flourClass(), gcp, breadLot);
    }

    /** The same event, declared in error. */
    private static String declaring(String event) {
        return event.replace("\"inputQuantityList\"", """
                "errorDeclaration": {"declarationTime": "%s", "reason": "did_not_occur"}, "inputQuantityList\""""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The mill's own event: it made the lot at its plant and says until when it keeps. */
    private String commissioned() {
        return """
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "ADD", "bizStep": "commissioning",
                 "disposition": "active", "epcList": [], "bizLocation": {"id": "urn:epc:id:sgln:%s.00002.0"},
                 "quantityList": [{"epcClass": "%s", "quantity": 1000, "uom": "KGM"}],
                 "ilmd": {"cbvmda:itemExpirationDate": "%s"}}""".formatted(EpcisCaptureIT.newId(), gcp, flourClass(),
                LocalDate.now().plusDays(150));
    }

    private String receiving() {
        return """
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                 "action": "OBSERVE", "bizStep": "receiving", "disposition": "in_progress", "epcList": [],
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00001.%s"},
                 "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:%s00002:PO-7781"}],
                 "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.00002"}],
                 "quantityList": [{"epcClass": "%s", "quantity": 100, "uom": "KGM"}]}""".formatted(
                EpcisCaptureIT.newId(), Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), gcp, dock,
                gcp, gcp, flourClass());
    }

    private String flourClass() {
        return "urn:epc:class:lgtin:" + gcp + ".005432." + flourLot;
    }

    private MvcTestResult capture(String document) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
    }
}
