package io.lotline.genealogy;

import io.lotline.shared.Quantity;

/** One genealogy edge: so much of the parent lot, consumed by one entry, went into the child lot's output entry. */
public record Link(long parentLotId, long childLotId, Quantity quantity, long issueEntryId, long outputEntryId,
                   String productionOrder) {
}
