package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** With strict capture on, an event naming a product, party or place Lotline does not know is refused, not kept. */
@TestPropertySource(properties = "lotline.epcis.strict=true")
class EpcisStrictIT extends IntegrationTest {

    @Test
    void an_unknown_product_refuses_the_document_with_a_problem_naming_it_and_nothing_is_stored() {
        String epcClass = "urn:epc:class:lgtin:4012345.011111.STRICT-" + UUID.randomUUID().toString().substring(0, 6);

        MvcTestResult refused = mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType("application/ld+json").content(EpcisCaptureIT.document("""
                        {"type": "ObjectEvent", "eventTime": "2026-02-01T04:00:00Z", "eventTimeZoneOffset": "+00:00",
                         "action": "OBSERVE", "bizStep": "shipping", "epcList": [],
                         "quantityList": [{"epcClass": "%s", "quantity": 5, "uom": "KGM"}]}""".formatted(epcClass)))
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((String) read(refused, "$.field")).isEqualTo("epcisBody.eventList[0].quantityList[0].epcClass");
        assertThat((String) read(refused, "$.value")).isEqualTo(epcClass);
        assertThat((String) read(refused, "$.rule")).isEqualTo("known-identifier");
        MvcTestResult kept = as("quality").get("/api/v1/epcis/events?MATCH_anyEPCClass=" + epcClass);
        assertThat((List<Object>) read(kept, "$.epcisBody.queryResults.resultsBody.eventList")).isEmpty();
    }
}
