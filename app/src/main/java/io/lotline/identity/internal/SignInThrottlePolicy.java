package io.lotline.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How long failed sign-ins make the next one wait, for one account name or one client address. The first
 * {@code freeFailures} cost nothing (a typo), each later one waits the next of {@code delays} (the last repeating),
 * and {@code lockAfter} failures lock the name or address for {@code lockDuration}. Failures are forgotten after a
 * quiet {@code lockDuration}.
 */
record SignInThrottlePolicy(List<Duration> delays, int freeFailures, int lockAfter, Duration lockDuration) {

    SignInThrottlePolicy {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || freeFailures < 0 || lockAfter < 1 || lockDuration.isNegative()) {
            throw new IllegalArgumentException("Sign-in throttling needs delays, free failures >= 0 and lock-after >= 1");
        }
    }

    /** What one more failure at {@code now} leaves behind. */
    FailedSignIns afterFailure(String subject, Optional<FailedSignIns> before, Instant now) {
        int failures = before.filter(earlier -> !forgotten(earlier, now)).map(earlier -> earlier.failures() + 1)
                .orElse(1);
        Instant lockedUntil = failures >= lockAfter ? now.plus(lockDuration) : null;
        return new FailedSignIns(subject, failures, now, now.plus(delay(failures)), lockedUntil);
    }

    /** Why a sign-in at {@code now} is refused unchecked, and for how long, if it is. */
    static Optional<Wait> refusal(FailedSignIns state, Instant now) {
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return Optional.of(new Wait(state.subject(), "locked after " + state.failures() + " failed sign-ins",
                    Duration.between(now, state.lockedUntil())));
        }
        if (now.isBefore(state.notBefore())) {
            return Optional.of(new Wait(state.subject(), "waiting after " + state.failures() + " failed sign-ins",
                    Duration.between(now, state.notBefore())));
        }
        return Optional.empty();
    }

    Duration delay(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        return delays.get(Math.min(failures - freeFailures - 1, delays.size() - 1));
    }

    private boolean forgotten(FailedSignIns earlier, Instant now) {
        return !now.isBefore(earlier.lastFailureAt().plus(lockDuration));
    }

    /** The failures counted against one {@code account:name} or {@code address:ip}. */
    record FailedSignIns(String subject, int failures, Instant lastFailureAt, Instant notBefore, Instant lockedUntil) {
    }

    /** A refusal: whose failures, why, and how long until the next try is checked. */
    record Wait(String subject, String reason, Duration remaining) {
    }
}
