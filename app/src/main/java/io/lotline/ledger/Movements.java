package io.lotline.ledger;

import io.lotline.lots.LotAttribute;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.SupplierLot;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The bookings made on the floor and by quality after a lot exists. Each runs once per idempotency key. Whatever a
 * transaction books that takes stock out of a place or changes a lot's status is booked in one ledger command (the
 * list forms), because the ledger locks every item such a booking needs before anything else (ADR 49).
 */
public interface Movements {

    Booking transfer(BookingContext context, TransferStock command);

    /** Several transfers in one ledger command. */
    Booking transfer(BookingContext context, List<TransferStock> commands);

    Booking scrap(BookingContext context, ScrapStock command);

    /** Several scraps in one ledger command. */
    Booking scrap(BookingContext context, List<ScrapStock> commands);

    Booking count(BookingContext context, CountStock command);

    Booking ship(BookingContext context, ShipStock command);

    Booking receiveReturn(BookingContext context, ReturnStock command);

    Booking changeStatus(BookingContext context, ChangeLotStatus command);

    /** Several lots' status changes in one ledger command. */
    Booking changeStatus(BookingContext context, List<ChangeLotStatus> commands);

    /**
     * Books {@code postings} and the status changes in one ledger command, the postings' entries first: a rework
     * order's consumption or output together with the recall holds it brings. Runs within the caller's transaction
     * and its idempotency.
     */
    Booking postWithStatusChanges(BookingContext context, List<Posting> postings, List<ChangeLotStatus> changes);

    /**
     * Undoes an entry booked in error by its opposite. A consumption or an output reversed also withdraws the genealogy
     * it made (ADR 65): traces no longer pass from the consumed lot to the lots made of it.
     */
    Booking reverse(BookingContext context, ReverseEntry command);

    /** Several reversals in one ledger command: a production declared in error, its consumptions and outputs. */
    Booking reverse(BookingContext context, List<ReverseEntry> commands);

    /**
     * Withdraws a hold placed in error (a captured event declared in error, ADR 60): the lot goes back to the status
     * it had, without quality's signature, because no decision is taken. Refused once any status change followed the
     * hold: a decision taken since is quality's and is not undone.
     */
    Booking withdrawHold(BookingContext context, ReverseEntry command);

    Booking correct(BookingContext context, CorrectLotAttribute command);

    Booking correct(BookingContext context, CorrectBatchAttribute command);

    /** Move a quantity of a lot from one place to another. */
    record TransferStock(@Code String lotNumber, Quantity quantity, @Valid Place from, @Valid Place to,
                         List<@Code String> serials, @Code String reasonCode, @FreeText String note) {
    }

    /** Destroy a quantity, with the reason (damaged, contaminated, expired). */
    record ScrapStock(@Code String lotNumber, Quantity quantity, @Valid Place from, List<@Code String> serials,
                      @Code String reasonCode, @FreeText String note) {
        public ScrapStock {
            Reasons.require("reasonCode", reasonCode);
        }
    }

    /**
     * What a count found at a place. The difference to the books is booked as an adjustment; for serial-tracked
     * items, the serials not found or found in addition are named.
     */
    record CountStock(@Code String lotNumber, @Valid Place at, Quantity counted, List<@Code String> serials,
                      @FreeText String note) {
        public CountStock {
            if (counted == null) {
                throw new InvalidInput("counted", null, "required", "A count says what was counted, zero included");
            }
        }
    }

    /**
     * Send a quantity to a customer; where the customer receives it on someone else's behalf, {@code consignee} names
     * that owner (a registered customer, EU 931/2011 art. 3).
     */
    record ShipStock(@Code String lotNumber, Quantity quantity, @Valid Place from, @Code String customer,
                     @Valid References references, List<@Code String> serials, @Code String consignee) {
        public ShipStock {
            consignee = consignee == null || consignee.isBlank() ? null : consignee.trim();
        }

        public ShipStock(String lotNumber, Quantity quantity, Place from, String customer, References references,
                         List<String> serials) {
            this(lotNumber, quantity, from, customer, references, serials, null);
        }
    }

    /** Take back a quantity a customer returns. */
    record ReturnStock(@Code String lotNumber, Quantity quantity, @Valid Place to, @Code String customer,
                       @Valid References references, List<@Code String> serials, @Code String reasonCode) {
        public ReturnStock {
            Reasons.require("reasonCode", reasonCode);
        }
    }

    /**
     * Quality's decision on a lot, with the reason. Releasing and rejecting carry the quality user's signature;
     * holds, expiry and recalls do not. A recall names itself ({@code recall}) when it blocks a lot and when its
     * disposition releases one: a lot held by a recall leaves RECALLED only so.
     */
    record ChangeLotStatus(@Code String lotNumber, LotStatus status, @FreeText String reason, Signature signature,
                           @Code String recall) {
        public ChangeLotStatus(String lotNumber, LotStatus status, String reason) {
            this(lotNumber, status, reason, null, null);
        }

        public ChangeLotStatus(String lotNumber, LotStatus status, String reason, Signature signature) {
            this(lotNumber, status, reason, signature, null);
        }

        /** A recall blocks a lot in its scope. */
        public static ChangeLotStatus recalledBy(String recall, String lotNumber, String reason) {
            return new ChangeLotStatus(lotNumber, LotStatus.RECALLED, reason, null, recall);
        }

        /** A recall's disposition releases a lot it holds, signed. */
        public static ChangeLotStatus releasedBy(String recall, String lotNumber, String reason, Signature signature) {
            return new ChangeLotStatus(lotNumber, LotStatus.RELEASED, reason, signature, recall);
        }

        public ChangeLotStatus {
            if (status == null) {
                throw new InvalidInput("status", null, "required", "The new status is required");
            }
            Reasons.require("reason", reason);
        }
    }

    /** Undo a confirmed entry by booking its opposite, with the reason. */
    record ReverseEntry(long entryId, String reason) {
        public ReverseEntry {
            Reasons.require("reason", reason);
        }
    }

    /** Correct a confirmed lot attribute (a mistyped expiry date), with the reason. */
    record CorrectLotAttribute(@Code String lotNumber, LotAttribute attribute, @SupplierLot String value,
                               @FreeText String reason) {
        public CorrectLotAttribute {
            if (attribute == null) {
                throw new InvalidInput("attribute", null, "required",
                        "Name the attribute: EXPIRY_DATE, PRODUCTION_DATE or SUPPLIER_LOT");
            }
            Reasons.require("reason", reason);
        }
    }

    /**
     * Correct (or add) an attribute the lot's batch policy names, such as a mistyped origin, with the reason. The value
     * is checked against the policy version the lot was born under.
     */
    record CorrectBatchAttribute(@Code String lotNumber, @Code String name, @SupplierLot String value,
                                 @FreeText String reason) {
        public CorrectBatchAttribute {
            Reasons.require("reason", reason);
        }
    }

    /** A reason is what an auditor reads later: required where the floor changes what was confirmed. */
    final class Reasons {
        private Reasons() {
        }

        public static void require(String field, String reason) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput(field, reason, "required", "A " + field + " is required here");
            }
            if (reason.length() > 500) {
                throw new InvalidInput(field, reason, "text-length", "At most 500 characters");
            }
        }
    }
}
