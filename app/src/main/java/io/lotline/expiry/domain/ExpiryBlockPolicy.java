package io.lotline.expiry.domain;

import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Expired lots block themselves. From the day after its expiry date a lot that is still released, in quarantine or
 * on hold becomes EXPIRED, booked like any status change with its reason, so that no one picks, ships or uses it.
 * Rejected and recalled lots keep their status: they are blocked already and say more. The booking's idempotency key
 * is fixed per lot, so two sweeps at the same moment book it once.
 */
public final class ExpiryBlockPolicy {
    private static final Set<LotStatus> STILL_USABLE_OR_PENDING =
            EnumSet.of(LotStatus.RELEASED, LotStatus.QUARANTINE, LotStatus.ON_HOLD);

    private ExpiryBlockPolicy() {
    }

    /** The status booking that blocks an expired lot: its idempotency key and the reason an auditor reads. */
    public record Block(String lotNumber, String idempotencyKey, String reason) {
    }

    public static Optional<Block> block(String lotNumber, LotStatus status, LocalDate expiryDate, LocalDate today) {
        if (expiryDate == null || !expiryDate.isBefore(today) || !STILL_USABLE_OR_PENDING.contains(status)
                || !status.canChangeTo(LotStatus.EXPIRED)) {
            return Optional.empty();
        }
        return Optional.of(new Block(lotNumber, "expiry-sweep:" + lotNumber, "Expired on " + expiryDate));
    }
}
