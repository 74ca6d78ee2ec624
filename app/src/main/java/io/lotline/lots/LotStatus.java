package io.lotline.lots;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lot stands with quality. Quarantine waits for a decision; released may be used and shipped; on hold is
 * suspect and frozen; rejected is refused for use; expired has passed its date; recalled is pulled from the market.
 */
public enum LotStatus {
    QUARANTINE, RELEASED, ON_HOLD, REJECTED, EXPIRED, RECALLED;

    /**
     * The transitions quality may record. A recall may reach any lot; nothing leaves rejected. A recalled lot is
     * released only by the disposition of the recall that holds it, signed (the ledger checks who asks).
     */
    public Set<LotStatus> allowedNext() {
        return switch (this) {
            case QUARANTINE -> EnumSet.of(RELEASED, REJECTED, ON_HOLD, EXPIRED, RECALLED);
            case RELEASED -> EnumSet.of(ON_HOLD, EXPIRED, RECALLED);
            case ON_HOLD -> EnumSet.of(RELEASED, REJECTED, EXPIRED, RECALLED);
            case EXPIRED -> EnumSet.of(RECALLED, REJECTED);
            case RECALLED -> EnumSet.of(RELEASED);
            case REJECTED -> EnumSet.noneOf(LotStatus.class);
        };
    }

    public boolean canChangeTo(LotStatus next) {
        return allowedNext().contains(next);
    }

    /** Only released stock may be used in production or shipped. */
    public boolean isUsable() { return this == RELEASED; }
}
