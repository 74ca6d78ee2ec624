package io.lotline.ledger.cache;

import java.util.Set;

/**
 * Entries after sequence {@code after} up to {@code upTo} were committed, possibly by another instance: what is kept
 * in memory of their lots and items is stale. When they are too many to name, {@code everything} says so and the
 * sets are empty: a cache then forgets all it holds. Published by {@link LedgerWatermark#check()}, synchronously,
 * before any cache answers from memory.
 */
public record LedgerAdvanced(long after, long upTo, Set<Long> lotIds, Set<Long> itemIds, boolean everything) {
    public LedgerAdvanced {
        lotIds = Set.copyOf(lotIds);
        itemIds = Set.copyOf(itemIds);
    }

    /** Whether the lot's cached data must be invalidated. */
    public boolean touches(long lotId) {
        return everything || lotIds.contains(lotId);
    }
}
