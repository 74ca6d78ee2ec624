package io.lotline.genealogy.internal;

import java.util.Map;

/**
 * The lots a traversal reached, and for each its number of steps from the nearest root; {@code depths} is
 * {@code null} when the traversal does not know them. {@code keys} holds the lots whose key in business time
 * (ADR 16) is not the direction's default: forward, the earliest time the traced material entered the lot (default:
 * it is part of the whole lot); reverse, the latest time an input could have entered and still be in what the walk
 * followed out of the lot (default: all of it). {@code keys} is {@code null} when the traversal does not know them.
 */
record Walk(long[] lots, int[] depths, Map<Long, Long> keys, long defaultKey) {

    /** What a traversal that only knows the lots reached answers. */
    static Walk lotsOnly(long[] lots) {
        return new Walk(lots, null, null, 0);
    }

    long key(long lot) {
        Long key = keys.get(lot);
        return key == null ? defaultKey : key;
    }
}
