package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Other instances' notices are checked at once after a quiet time, and together while they keep coming. */
class CheckPaceTest {
    private static final long MS = 1_000_000;

    @Test
    void without_a_notice_nothing_is_due_and_the_listener_waits_the_idle_wait() {
        CheckPace pace = new CheckPace(50, TimeUnit.MILLISECONDS, 0);

        assertThat(pace.due(500 * MS)).isFalse();
        assertThat(pace.waitMillis(500 * MS)).isEqualTo(CheckPace.IDLE_WAIT_MILLIS);
    }

    @Test
    void a_notice_after_a_quiet_interval_is_checked_at_once() {
        CheckPace pace = new CheckPace(50, TimeUnit.MILLISECONDS, 0);
        pace.noticed();

        assertThat(pace.due(80 * MS)).isTrue();
    }

    @Test
    void notices_within_the_interval_after_a_check_wait_for_its_end_and_are_checked_together_once() {
        CheckPace pace = new CheckPace(50, TimeUnit.MILLISECONDS, 100 * MS);
        int checks = 0;
        for (long at = 101; at < 200; at += 3) {
            pace.noticed();
            if (pace.due(at * MS)) {
                pace.checked(at * MS);
                checks++;
            }
        }

        assertThat(checks).isEqualTo(1);
        assertThat(pace.waitMillis(160 * MS)).isBetween(1, 50);
    }

    @Test
    void a_waiting_notice_makes_the_listener_wait_only_until_it_is_due() {
        CheckPace pace = new CheckPace(50, TimeUnit.MILLISECONDS, 100 * MS);
        pace.noticed();

        assertThat(pace.due(120 * MS)).isFalse();
        assertThat(pace.waitMillis(120 * MS)).isEqualTo(30);
        assertThat(pace.due(150 * MS)).isTrue();
    }
}
