package io.lotline.receiving.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A delivery must leave us time to use and sell it: the days from receipt to expiry must be at least the item's
 * minimum remaining shelf life at receipt. An already expired delivery is always refused. Quality may still accept
 * either, with a reason that stays on the record.
 */
public final class ShelfLifeAtReceipt {
    private ShelfLifeAtReceipt() {
    }

    public static Optional<String> check(Integer minimumDays, LocalDate expiry, LocalDate receiptDay) {
        if (expiry == null) {
            return Optional.empty();
        }
        long remaining = ChronoUnit.DAYS.between(receiptDay, expiry);
        if (remaining < 0) {
            return Optional.of("The lot expired on " + expiry + ", before its receipt on " + receiptDay);
        }
        if (minimumDays != null && remaining < minimumDays) {
            return Optional.of("Only " + remaining + " days of shelf life remain (expiry " + expiry
                    + "); at least " + minimumDays + " are required at receipt");
        }
        return Optional.empty();
    }
}
