package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * I3 on the test database, small: partners' documents longer than one run of events read ahead are captured whole,
 * each event stored once with the lots it names, and the rate is counted over the measured documents only.
 */
class EpcisCaptureRateIT extends IntegrationTest {
    @Autowired
    EpcisCaptureRate rate;

    @Test
    void partners_documents_are_captured_whole_and_only_the_measured_ones_are_counted() {
        long events = count("epcis_events");
        long lots = count("epcis_event_lots");

        ScenarioResult result = rate.measure(2, 600, 1, 7, "first after the start");

        assertThat(result.id()).isEqualTo("I3");
        assertThat(result.scenario()).endsWith("first after the start");
        assertThat(result.throughput().count()).isEqualTo(1_200);
        assertThat(result.millis().runs()).isEqualTo(2);
        assertThat(count("epcis_events") - events).isEqualTo(1_800);
        // receiving and shipping name one lot each, a transformation its input and its output
        assertThat(count("epcis_event_lots") - lots).isEqualTo(2_400);
    }

    @Test
    void two_partners_capturing_at_the_same_moment_store_every_event_of_every_document_once() {
        long events = count("epcis_events");

        ScenarioResult result = rate.measure(4, 600, 0, 11, "two partners at the same moment", 2);

        assertThat(result.scenario()).endsWith("two partners at the same moment");
        assertThat(result.throughput().count()).isEqualTo(2_400);
        assertThat(result.millis().runs()).isEqualTo(4);
        assertThat(count("epcis_events") - events).isEqualTo(2_400);
    }
}
