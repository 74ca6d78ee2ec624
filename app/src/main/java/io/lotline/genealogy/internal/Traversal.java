package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import java.util.Collection;

/** Walks the DAG from the roots and returns every lot reached (roots included), each once. */
interface Traversal {
    long[] reach(Collection<Long> roots, Direction direction, Integer maxDepth);
}
