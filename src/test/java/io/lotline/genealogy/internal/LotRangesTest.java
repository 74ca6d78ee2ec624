package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LotRangesTest {

    @Test
    void lots_close_together_are_read_as_one_run() {
        LotRanges ranges = LotRanges.of(List.of(14L, 10L, 11L, 12L, 10L + LotRanges.GAP + 4));

        assertThat(ranges.from()).containsExactly(10L);
        assertThat(ranges.to()).containsExactly(10L + LotRanges.GAP + 4);
    }

    @Test
    void lots_further_apart_than_the_gap_are_read_in_runs_of_their_own() {
        LotRanges ranges = LotRanges.of(List.of(500L, 3L, 3L + LotRanges.GAP + 1, 501L));

        assertThat(ranges.from()).containsExactly(3L, 3L + LotRanges.GAP + 1, 500L);
        assertThat(ranges.to()).containsExactly(3L, 3L + LotRanges.GAP + 1, 501L);
    }

    @Test
    void only_the_lots_asked_for_are_contained_not_those_in_the_gaps_of_a_run() {
        LotRanges ranges = LotRanges.of(List.of(20L, 24L));

        assertThat(ranges.contains(20)).isTrue();
        assertThat(ranges.contains(24)).isTrue();
        assertThat(ranges.contains(22)).isFalse();
        assertThat(ranges.contains(25)).isFalse();
        assertThat(ranges.contains(19)).isFalse();
    }

    @Test
    void lots_scattered_over_a_wide_span_are_told_apart_all_the_same() {
        LotRanges ranges = LotRanges.of(List.of(5L, 3_000_000_000L, 7_000_000L));

        assertThat(ranges.from()).containsExactly(5L, 7_000_000L, 3_000_000_000L);
        assertThat(ranges.contains(7_000_000L)).isTrue();
        assertThat(ranges.contains(3_000_000_000L)).isTrue();
        assertThat(ranges.contains(6L)).isFalse();
        assertThat(ranges.contains(4L)).isFalse();
    }

    @Test
    void no_lots_make_no_runs() {
        LotRanges ranges = LotRanges.of(List.of());

        assertThat(ranges.from()).isEmpty();
        assertThat(ranges.to()).isEmpty();
    }
}
