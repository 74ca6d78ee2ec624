package io.lotline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.identity.internal.SignInThrottlePolicy.FailedSignIns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private final SignInThrottlePolicy policy = new SignInThrottlePolicy(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), 2, 6, Duration.ofMinutes(15));

    @Test
    void the_free_failures_cost_nothing_and_each_later_one_waits_the_next_delay_the_last_repeating() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(policy::delay)).containsExactly(Duration.ZERO,
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void a_sign_in_before_the_delay_is_over_is_refused_with_the_time_left() {
        FailedSignIns third = failures(3, NOW);

        assertThat(SignInThrottlePolicy.refusal(third, NOW.plusMillis(400)))
                .hasValueSatisfying(wait -> assertThat(wait.remaining()).isEqualTo(Duration.ofMillis(600)));
        assertThat(SignInThrottlePolicy.refusal(third, NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void the_failure_that_reaches_lock_after_locks_for_the_lock_duration() {
        FailedSignIns locked = failures(6, NOW);

        assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(SignInThrottlePolicy.refusal(locked, NOW.plusSeconds(60)))
                .hasValueSatisfying(wait -> assertThat(wait.reason()).startsWith("locked"));
        assertThat(SignInThrottlePolicy.refusal(locked, NOW.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_lock_duration() {
        FailedSignIns fifth = failures(5, NOW);

        assertThat(policy.afterFailure("account:a", Optional.of(fifth), NOW.plus(Duration.ofMinutes(15))).failures())
                .isEqualTo(1);
        assertThat(policy.afterFailure("account:a", Optional.of(fifth), NOW.plus(Duration.ofMinutes(14))).failures())
                .isEqualTo(6);
    }

    private FailedSignIns failures(int count, Instant last) {
        Optional<FailedSignIns> state = Optional.empty();
        for (int i = 0; i < count; i++) {
            state = Optional.of(policy.afterFailure("account:a", state, last));
        }
        return state.orElseThrow();
    }
}
