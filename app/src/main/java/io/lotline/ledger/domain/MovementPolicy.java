package io.lotline.ledger.domain;

import io.lotline.ledger.EntryType;
import io.lotline.lots.LotStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What may move, decided at the moment stock moves. Only released lots are consumed or shipped; a lot past its
 * expiry date is not shipped; a lot that quality has not released does not leave a quarantine area except into
 * another one. A lot held by a recall names the recall in every refusal: it stays blocked, whatever stock comes back to
 * it, until the recall's disposition frees it; only the production order a rework disposition names consumes it. Counts, scrap, returns and corrections are always allowed: they record
 * what is, not what should be.
 */
public final class MovementPolicy {
    private MovementPolicy() {
    }

    /** A refusal: the rule that was broken and the reason an operator reads. */
    public record Rejection(String rule, String reason) {
    }

    /** The facts about one movement that the policy looks at. */
    public record Movement(EntryType type, String lotNumber, LotStatus status, LocalDate expiryDate, LocalDate day,
                           boolean fromQuarantine, boolean toQuarantine, String reasonCode, String heldByRecall,
                           boolean reworkPermitted) {
        public Movement(EntryType type, String lotNumber, LotStatus status, LocalDate expiryDate, LocalDate day,
                        boolean fromQuarantine, boolean toQuarantine) {
            this(type, lotNumber, status, expiryDate, day, fromQuarantine, toQuarantine, null, null, false);
        }

        public Movement(EntryType type, String lotNumber, LotStatus status, LocalDate expiryDate, LocalDate day,
                        boolean fromQuarantine, boolean toQuarantine, String reasonCode, String heldByRecall) {
            this(type, lotNumber, status, expiryDate, day, fromQuarantine, toQuarantine, reasonCode, heldByRecall,
                    false);
        }
    }

    /** The reason code of an ISSUE that splits a lot: the parts carry the source's status, so any status may split. */
    public static final String SPLIT = "SPLIT";

    public static Optional<Rejection> check(Movement m) {
        return switch (m.type()) {
            case ISSUE -> SPLIT.equals(m.reasonCode()) ? Optional.empty() : released(m);
            case SHIPMENT -> released(m).or(() -> notExpired(m));
            case TRANSFER -> staysInQuarantine(m);
            default -> Optional.empty();
        };
    }

    static Optional<Rejection> released(Movement m) {
        if (m.status() == LotStatus.RECALLED && m.heldByRecall() != null) {
            return m.type() == EntryType.ISSUE && m.reworkPermitted() ? Optional.empty()
                    : Optional.of(heldByRecall(m));
        }
        return m.status() == LotStatus.RELEASED ? Optional.empty() : Optional.of(new Rejection("lot-released",
                "Lot " + m.lotNumber() + " is " + m.status() + "; only released lots are "
                        + (m.type() == EntryType.ISSUE ? "used in production" : "shipped")));
    }

    /** Stock of a lot held by a recall does not move on until the recall's disposition frees it. */
    static Rejection heldByRecall(Movement m) {
        return new Rejection("recall-holds-lot", "Lot " + m.lotNumber() + " is held by recall " + m.heldByRecall()
                + " and is not " + (m.type() == EntryType.ISSUE
                ? "used in production but by the rework order its disposition names"
                : m.type() == EntryType.SHIPMENT ? "shipped" : "moved out of quarantine")
                + "; only the recall's disposition (destroy, rework, or a signed release once the recall is closed or "
                + "the lot is out of its scope) frees it");
    }

    static Optional<Rejection> notExpired(Movement m) {
        return m.expiryDate() != null && m.expiryDate().isBefore(m.day())
                ? Optional.of(new Rejection("lot-not-expired",
                "Lot " + m.lotNumber() + " expired on " + m.expiryDate() + " and is not shipped on " + m.day()))
                : Optional.empty();
    }

    static Optional<Rejection> staysInQuarantine(Movement m) {
        if (m.fromQuarantine() && !m.toQuarantine() && m.status() == LotStatus.RECALLED && m.heldByRecall() != null) {
            return Optional.of(heldByRecall(m));
        }
        return m.fromQuarantine() && !m.toQuarantine() && m.status() != LotStatus.RELEASED
                ? Optional.of(new Rejection("quarantine-until-released",
                "Lot " + m.lotNumber() + " is " + m.status() + " and stays in a quarantine area until quality "
                        + "releases it"))
                : Optional.empty();
    }
}
