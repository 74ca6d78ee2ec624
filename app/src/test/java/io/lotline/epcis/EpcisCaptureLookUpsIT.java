package io.lotline.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL a capture plans its look-ups of the keys it reads ahead for those keys (ADR 70) and sets the plan
 * setting back when they are done, so the rest of its caller's transaction plans as it did before.
 */
class EpcisCaptureLookUpsIT extends IntegrationTest {

    @Autowired
    Epcis epcis;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_capture_inside_a_transaction_leaves_its_plan_setting_as_it_was_and_knows_the_document_sent_again() {
        assumeTrue(TestDatabase.isPostgres(), "the plan setting is PostgreSQL's");
        byte[] document = document(3);

        String outcome = transaction.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            CaptureReport first = epcis.capture(new ByteArrayInputStream(document), DocumentFormat.JSON);
            String between = setting();
            CaptureReport again = epcis.capture(new ByteArrayInputStream(document), DocumentFormat.JSON);
            return first.captured() + " captured, " + between + "; again " + again.captured() + " captured, "
                    + setting();
        });

        assertThat(outcome).isEqualTo("3 captured, force_generic_plan; again 0 captured, force_generic_plan");
    }

    private String setting() {
        return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
    }

    private static byte[] document(int events) {
        String lot = UUID.randomUUID().toString().substring(0, 8);
        StringJoiner list = new StringJoiner(",");
        for (int i = 0; i < events; i++) {
            list.add("""
                    {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T09:00:00Z",
                     "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "inspecting",
                     "disposition": "in_progress", "bizLocation": {"id": "urn:epc:id:sgln:9521234.00001.P%d"},
                     "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:9521234.054321.%s",
                     "quantity": 10, "uom": "KGM"}]}""".formatted(UUID.randomUUID(), i, lot));
        }
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(list).getBytes(StandardCharsets.UTF_8);
    }
}
