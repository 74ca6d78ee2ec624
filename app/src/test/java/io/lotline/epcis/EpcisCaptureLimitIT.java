package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A partner's document is larger than any other request: capture takes documents past the API's 1 MiB body limit,
 * up to a limit of its own, and refuses a larger one before reading it, storing nothing.
 */
class EpcisCaptureLimitIT extends IntegrationTest {

    @Test
    void a_document_larger_than_the_api_body_limit_is_captured_whole() {
        String run = UUID.randomUUID().toString();
        StringJoiner events = new StringJoiner(",");
        for (int i = 0; i < 3000; i++) {
            events.add("""
                    {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T09:00:00Z",
                     "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "receiving",
                     "disposition": "in_progress", "bizLocation": {"id": "urn:epc:id:sgln:9521234.00001.L%d"},
                     "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:9521234.054321.%s",
                     "quantity": 10, "uom": "KGM"}]}""".formatted(UUID.randomUUID(), i, run.substring(0, 8)));
        }
        String document = document(events.toString());
        assertThat(document.length()).isGreaterThan(1024 * 1024);

        MvcTestResult captured = as("operator").post("/api/v1/epcis/capture", document);

        assertThat(captured).hasStatusOk();
        assertThat((Integer) read(captured, "$.captured")).isEqualTo(3000);
    }

    @Test
    void a_document_larger_than_the_capture_limit_is_refused_with_413_naming_the_setting() {
        long before = count("epcis_events");
        String document = document("") + " ".repeat(8 * 1024 * 1024);

        MvcTestResult refused = as("operator").post("/api/v1/epcis/capture", document);

        assertThat(refused).hasStatus(413).hasContentType("application/problem+json");
        assertThat((String) read(refused, "$.rule")).isEqualTo("max-capture-bytes");
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    private static String document(String events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(events);
    }
}
