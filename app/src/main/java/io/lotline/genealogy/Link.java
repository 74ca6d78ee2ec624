package io.lotline.genealogy;

import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One genealogy edge: so much of the parent lot, consumed by one entry, went into the child lot's output entry.
 * {@code drawnAt} is the business time of the consumption. {@code enteredAt} is the business time at which the input
 * was poured into a lot that already existed (a merge into a silo's running lot): consumptions of the child before
 * it cannot contain it. It is {@code null} when the input is part of the whole child (a batch, a split, a new blend).
 * Times are kept to the microsecond, as the ledger keeps them.
 */
public record Link(long parentLotId, long childLotId, Quantity quantity, long issueEntryId, long outputEntryId,
                   String productionOrder, Instant drawnAt, Instant enteredAt) {

    public Link {
        drawnAt = Objects.requireNonNull(drawnAt, "drawnAt").truncatedTo(ChronoUnit.MICROS);
        enteredAt = enteredAt == null ? null : enteredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
