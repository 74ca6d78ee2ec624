package io.lotline.shared;

import java.time.Duration;

/**
 * How often and how patiently a webhook is tried: the first attempt at once, then after the initial back-off,
 * doubling each time (2 s, 4 s, 8 s, ...), and no more than {@code maxAttempts} attempts in all. A receiver that is
 * down for longer is reported as failed in the history of the call rather than retried for ever.
 */
public record RetrySchedule(int maxAttempts, Duration initialBackoff) {
    public RetrySchedule {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("A webhook is tried 1 to 10 times, not " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("The back-off is zero or positive");
        }
    }

    /** Whether the attempt with this number (counted from 1) may still be made. */
    public boolean allows(int attempt) {
        return attempt >= 1 && attempt <= maxAttempts;
    }

    /** The pause before the attempt with this number: none before the first, then doubling from the back-off. */
    public Duration pauseBefore(int attempt) {
        return attempt <= 1 ? Duration.ZERO : initialBackoff.multipliedBy(1L << (attempt - 2));
    }
}
