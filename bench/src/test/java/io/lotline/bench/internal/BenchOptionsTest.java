package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class BenchOptionsTest {

    @Test
    void every_scenario_family_runs_unless_some_are_chosen() {
        BenchOptions all = BenchOptions.parse(new DefaultApplicationArguments("--size=tiny"));
        BenchOptions picking = BenchOptions.parse(new DefaultApplicationArguments("--scenarios=Picking,picking"));

        assertThat(all.scenarios()).containsExactly("trace", "recall", "picking", "ingest");
        assertThat(picking.scenarios()).containsExactly("picking");
        assertThat(picking.runs("trace")).isFalse();
    }

    @Test
    void an_unknown_scenario_family_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> BenchOptions.parse(new DefaultApplicationArguments("--scenarios=trace,pick")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("trace, recall, picking, ingest");
    }

    @Test
    void the_balance_table_is_topped_up_to_the_entries_of_the_run_but_never_beyond_a_million() {
        assertThat(BenchOptions.parse(new DefaultApplicationArguments("--size=tiny")).balances()).isEqualTo(30_000);
        assertThat(BenchOptions.parse(new DefaultApplicationArguments("--size=S")).balances()).isEqualTo(1_000_000);
        assertThat(BenchOptions.parse(new DefaultApplicationArguments("--size=M")).balances()).isEqualTo(1_000_000);
    }
}
