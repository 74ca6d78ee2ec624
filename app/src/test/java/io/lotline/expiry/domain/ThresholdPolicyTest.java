package io.lotline.expiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdPolicyTest {
    private static final List<Integer> LEVELS = List.of(90, 30, 7);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    @Test
    void no_level_is_due_before_the_first_threshold_is_reached() {
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(91))).isEmpty();
    }

    @Test
    void a_threshold_is_due_on_the_day_it_is_reached_and_stays_due_until_the_next() {
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(90))).contains(90);
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(31))).contains(90);
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(30))).contains(30);
    }

    @Test
    void a_lot_received_short_dated_gets_only_the_most_urgent_level_it_reached() {
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(20))).contains(30);
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.minusDays(3))).contains(7);
    }

    @Test
    void the_expiry_day_itself_still_warns_and_the_day_after_does_not() {
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY)).contains(7);
        assertThat(ThresholdPolicy.levelDue(List.of(0), EXPIRY, EXPIRY)).contains(0);
        assertThat(ThresholdPolicy.levelDue(LEVELS, EXPIRY, EXPIRY.plusDays(1))).isEmpty();
    }

    @Test
    void thresholds_must_count_down_strictly() {
        assertThat(ThresholdPolicy.checkOrder(List.of(90, 30, 7))).isEmpty();
        assertThat(ThresholdPolicy.checkOrder(List.of(7, 30))).hasValueSatisfying(rejection -> {
            assertThat(rejection.level()).isEqualTo(1);
            assertThat(rejection.rule()).isEqualTo("thresholds-decreasing");
        });
    }

    @Test
    void a_threshold_given_twice_is_refused() {
        assertThat(ThresholdPolicy.checkOrder(List.of(90, 30, 30))).hasValueSatisfying(rejection -> {
            assertThat(rejection.level()).isEqualTo(2);
            assertThat(rejection.rule()).isEqualTo("thresholds-unique");
        });
    }
}
