package io.lotline.picking.domain;

import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The named rules of pick eligibility. Each one is what a quality manager would say on the floor: only released lots
 * leave; nothing leaves that is expired on the day it ships; a customer who asks for 30 days of shelf life gets 30
 * days on the day it ships; stock is taken from pickable locations only; a lot the order asks for is that lot; stock
 * another order has reserved is not taken twice.
 */
public final class PickPolicies {
    private PickPolicies() {
    }

    /**
     * A lot on hold, rejected, recalled, in quarantine or marked expired is never allocated; only released lots. A lot
     * a recall holds names the recall.
     */
    public static PickPolicy released() {
        return position -> position.status() == LotStatus.RELEASED ? Optional.empty()
                : Optional.of(position.status() == LotStatus.RECALLED && position.heldByRecall() != null
                ? new Refusal("recall-holds-lot", "held by recall " + position.heldByRecall()
                + " until the recall's disposition frees it")
                : new Refusal("lot-released", describe(position.status())));
    }

    /** A lot that expires before the ship date does not ship; one that expires on the ship date still does. */
    public static PickPolicy notExpiredOn(LocalDate shipDate) {
        return position -> position.expiryDate() != null && position.expiryDate().isBefore(shipDate)
                ? Optional.of(new Refusal("not-expired-on-ship-date", "expires " + position.expiryDate()
                + ", before the ship date " + shipDate))
                : Optional.empty();
    }

    /**
     * The customer's minimum remaining shelf life, counted in days from the ship date to the expiry date. Lots
     * without an expiry date keep indefinitely and pass.
     */
    public static PickPolicy remainingShelfLifeAtLeast(int minimumDays, LocalDate shipDate, String customer) {
        return position -> {
            if (minimumDays <= 0 || position.expiryDate() == null) {
                return Optional.empty();
            }
            long left = ChronoUnit.DAYS.between(shipDate, position.expiryDate());
            return left >= minimumDays ? Optional.empty()
                    : Optional.of(new Refusal("customer-minimum-shelf-life", "expires " + position.expiryDate()
                    + ": " + Math.max(left, 0) + " days of shelf life left on the ship date " + shipDate
                    + ", customer " + customer + " requires at least " + minimumDays));
        };
    }

    /** Docks, quarantine cages and staging lanes hold stock that is not picked: only pickable locations feed orders. */
    public static PickPolicy pickableLocation() {
        return position -> position.pickable() ? Optional.empty()
                : Optional.of(new Refusal("pickable-location",
                "lies at " + position.location() + ", which is not a pickable location"));
    }

    /** An order line that names a lot gets that lot or nothing. */
    public static PickPolicy theRequestedLot(String lotNumber) {
        return position -> lotNumber == null || lotNumber.equals(position.lotNumber()) ? Optional.empty()
                : Optional.of(new Refusal("requested-lot", "not lot " + lotNumber + ", which the order line asks for"));
    }

    /** What other orders have reserved stays theirs until they ship, release or cancel it. */
    public static PickPolicy freeStock() {
        return position -> position.available().isZero()
                ? Optional.of(new Refusal("not-reserved", "all " + position.onHand() + " here is reserved for "
                + "other picks"))
                : Optional.empty();
    }

    static String describe(LotStatus status) {
        return switch (status) {
            case QUARANTINE -> "in quarantine: quality has not released it";
            case ON_HOLD -> "on hold";
            case REJECTED -> "rejected by quality";
            case RECALLED -> "recalled";
            case EXPIRED -> "marked expired";
            case RELEASED -> "released";
        };
    }
}
