package io.lotline.ledger.domain;

import io.lotline.ledger.domain.MovementPolicy.Rejection;
import io.lotline.lots.LotStatus;
import java.util.Optional;

/**
 * Which status a lot may be given from the one it has. Nothing leaves rejected; a lot recalled without a recall case
 * never leaves recalled; a lot a recall holds is freed only by that recall's disposition. Asked when a status change
 * is asked for, and again under the item's lock from the status the lot has then, since a decision booked meanwhile
 * may have changed it.
 */
public final class StatusTransitionPolicy {
    private StatusTransitionPolicy() {
    }

    /**
     * A lot ({@code lotNumber}) that is {@code from}, held by recall {@code heldByRecall} or none, asked to become
     * {@code to}, for recall {@code recall} (its block or its disposition's release) or for none.
     */
    public record Transition(String lotNumber, LotStatus from, String heldByRecall, LotStatus to, String recall) {
    }

    public static Optional<Rejection> check(Transition t) {
        if (t.from() == LotStatus.RECALLED && t.heldByRecall() == null) {
            return Optional.of(new Rejection("status-transition", "Lot " + t.lotNumber()
                    + " was recalled without a recall case; nothing leaves RECALLED"));
        }
        if (t.from() == LotStatus.RECALLED && !t.heldByRecall().equals(t.recall())) {
            return Optional.of(new Rejection("recall-holds-lot", "Lot " + t.lotNumber() + " is held by recall "
                    + t.heldByRecall() + "; only the recall's disposition (destroy, or a signed release once the "
                    + "recall is closed or the lot is out of its scope) frees it: POST /api/v1/recalls/"
                    + t.heldByRecall() + "/dispositions"));
        }
        if (!t.from().canChangeTo(t.to())) {
            return Optional.of(new Rejection("status-transition", "A lot that is " + t.from() + " can become "
                    + t.from().allowedNext() + ", not " + t.to()));
        }
        return Optional.empty();
    }
}
