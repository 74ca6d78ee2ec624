package io.lotline.expiry.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a lot is due for a warning. A rule's thresholds count down towards the expiry date (90, 30, 7 days before),
 * strictly decreasing and each once. On a given day the due level is the most urgent threshold the lot has reached:
 * a lot received with 20 days left gets the 30-day alert, never a stale 90-day one as well. A lot past its date gets
 * no warning any more: the sweep blocks it instead ({@link ExpiryBlockPolicy}).
 */
public final class ThresholdPolicy {
    private ThresholdPolicy() {
    }

    /** A refusal of a list of thresholds: the position of the offending level, the rule broken and the reason. */
    public record Rejection(int level, String rule, String reason) {
    }

    /** Checks that the thresholds (days before expiry, in the order given) decrease strictly. */
    public static Optional<Rejection> checkOrder(List<Integer> daysBeforeExpiry) {
        for (int i = 1; i < daysBeforeExpiry.size(); i++) {
            int previous = daysBeforeExpiry.get(i - 1);
            int current = daysBeforeExpiry.get(i);
            if (current == previous) {
                return Optional.of(new Rejection(i, "thresholds-unique",
                        "The threshold of " + current + " days is given twice"));
            }
            if (current > previous) {
                return Optional.of(new Rejection(i, "thresholds-decreasing", "Thresholds count down to the expiry "
                        + "date, strictly decreasing: " + current + " days cannot follow " + previous));
            }
        }
        return Optional.empty();
    }

    /** Days from {@code today} until the expiry date: 0 on the expiry day itself, negative after it. */
    public static long daysLeft(LocalDate expiryDate, LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiryDate);
    }

    /**
     * The threshold due for a lot that expires on {@code expiryDate}, seen on {@code today}: the smallest threshold
     * not below the days left. Empty before the first threshold is reached and after the expiry date.
     */
    public static Optional<Integer> levelDue(List<Integer> thresholds, LocalDate expiryDate, LocalDate today) {
        long left = daysLeft(expiryDate, today);
        if (left < 0) {
            return Optional.empty();
        }
        return thresholds.stream().filter(days -> days >= left).min(Integer::compare);
    }
}
