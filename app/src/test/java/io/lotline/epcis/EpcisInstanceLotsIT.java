package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.shared.Gtin;
import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A packer's system names single cartons (SGTINs), not lots: it commissions them with the lot in ILMD, ships one
 * named by a Digital Link that carries the lot, and observes one beside the lot's class. Each time the carton's lot
 * is recorded, and the event joins the lot's trace; where the event does not say the lot, none is guessed.
 */
class EpcisInstanceLotsIT extends IntegrationTest {
    private final String gcp = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    private final String lot = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String gtin = Gtin.completing("0" + gcp + "06666").value();

    @Test
    void the_lot_an_event_gives_its_cartons_is_recorded_and_the_event_joins_the_lots_trace() {
        String commissioned = EpcisCaptureIT.newId();
        String shipped = EpcisCaptureIT.newId();
        String observed = EpcisCaptureIT.newId();

        assertThat(capture(event(commissioned, "ADD", "commissioning", """
                "epcList": ["urn:epc:id:sgtin:%s.006666.1", "urn:epc:id:sgtin:%s.006666.2"],
                "ilmd": {"cbvmda:lotNumber": "%s"}""".formatted(gcp, gcp, lot)))).hasStatusOk();
        assertThat(capture(event(shipped, "OBSERVE", "shipping", """
                "epcList": ["https://id.gs1.org/01/%s/10/%s/21/3"]""".formatted(gtin, lot)))).hasStatusOk();
        assertThat(capture(event(observed, "OBSERVE", "inspecting", """
                "epcList": ["urn:epc:id:sgtin:%s.006666.4", "urn:epc:id:sgtin:%s.006666.5"],
                "quantityList": [{"epcClass": "urn:epc:class:lgtin:%s.006666.%s"}]""".formatted(gcp, gcp, gcp,
                lot)))).hasStatusOk();

        assertThat(lotOf("1")).containsExactly(lot);
        assertThat(lotOf("3")).containsExactly(lot);
        assertThat(lotOf("5")).containsExactly(lot);
        MvcTestResult origins = as("quality").get("/api/v1/epcis/origins?epcClass=urn:epc:class:lgtin:" + gcp
                + ".006666." + lot);
        assertThat((List<String>) read(origins, "$.events[*].eventID"))
                .contains(commissioned, shipped, observed);
    }

    @Test
    void a_carton_whose_lot_the_event_does_not_say_is_recorded_with_no_lot() {
        assertThat(capture(event(EpcisCaptureIT.newId(), "OBSERVE", "inspecting", """
                "epcList": ["urn:epc:id:sgtin:%s.006666.9"],
                "quantityList": [{"epcClass": "urn:epc:class:lgtin:%s.006666.A"},
                                 {"epcClass": "urn:epc:class:lgtin:%s.006666.B"}]""".formatted(gcp, gcp, gcp))))
                .hasStatusOk();

        assertThat(lotOf("9")).isEmpty();
    }

    private List<String> lotOf(String serial) {
        return jdbc.sql("select lot from epcis_instance_lots where gtin = ? and serial = ?").params(gtin, serial)
                .query(String.class).list();
    }

    private String event(String id, String action, String bizStep, String what) {
        return EpcisCaptureIT.document("""
                {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-03-01T06:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "%s", "bizStep": "%s",
                 "bizLocation": {"id": "urn:epc:id:sgln:%s.00009.0"}, %s}""".formatted(id, action, bizStep, gcp,
                what));
    }

    private MvcTestResult capture(String document) {
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(document).exchange();
    }
}
