package io.lotline.genealogy.internal;

/**
 * The lots a traversal reached, and for each its number of steps from the nearest root; {@code depths} is
 * {@code null} when the traversal does not know them.
 */
record Walk(long[] lots, int[] depths) {
}
