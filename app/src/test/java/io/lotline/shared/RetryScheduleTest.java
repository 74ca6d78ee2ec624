package io.lotline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(2));

    @Test
    void the_first_attempt_goes_at_once_and_the_pauses_double_after_that() {
        assertThat(schedule.pauseBefore(1)).isZero();
        assertThat(schedule.pauseBefore(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.pauseBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(schedule.pauseBefore(5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void attempts_are_bounded() {
        assertThat(schedule.allows(5)).isTrue();
        assertThat(schedule.allows(6)).isFalse();
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(11, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
