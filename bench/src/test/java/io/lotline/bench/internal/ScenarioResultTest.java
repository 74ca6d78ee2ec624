package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioResultTest {

    private static final Percentiles NONE = Percentiles.of(new double[0]);
    private static final Percentiles ONE = Percentiles.of(new double[] {1.5});

    @Test
    void a_scenario_with_no_finished_run_is_reported_as_not_measured_rather_than_met() {
        ScenarioResult result = new ScenarioResult("A1", "allocation", 1000, NONE, NONE, 0, null,
                "p50 <= 2 ms", true, "each run enters an order");

        assertThat(result.met()).isNull();
        assertThat(result.note()).startsWith("not measured: no run finished within the time cap")
                .endsWith("each run enters an order");
    }

    @Test
    void a_scenario_with_runs_keeps_its_verdict() {
        ScenarioResult result = new ScenarioResult("A1", "allocation", 1000, ONE, ONE, 0, null,
                "p50 <= 2 ms", true, null);

        assertThat(result.met()).isTrue();
        assertThat(result.note()).isNull();
    }

    @Test
    void a_rate_measured_without_timed_runs_keeps_its_verdict() {
        ScenarioResult result = new ScenarioResult("A2", "waves", 0, NONE, NONE, 0, null,
                ">= 1,000 lines/s", false, null, ScenarioResult.Throughput.of(4000, "pick lines", 2.0));

        assertThat(result.met()).isFalse();
    }
}
