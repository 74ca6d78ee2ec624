package io.lotline.genealogy.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The DAG in memory: for every lot, the lots made from it and the lots it was made from, as arrays of ints indexed by
 * lot id. A breadth-first walk over it touches each lot once and needs no database round trip. Not thread-safe:
 * {@link LotGraphIndex} guards it.
 */
final class LotGraph {
    private static final int[] NONE = new int[0];

    private int[][] children = new int[1024][];
    private int[] childCount = new int[1024];
    private int[][] parents = new int[1024][];
    private int[] parentCount = new int[1024];
    private long edges;

    void add(long parent, long child) {
        int p = Math.toIntExact(parent);
        int c = Math.toIntExact(child);
        ensure(Math.max(p, c));
        children[p] = append(children[p], childCount[p]++, c);
        parents[c] = append(parents[c], parentCount[c]++, p);
        edges++;
    }

    long edges() {
        return edges;
    }

    /** Lot ids reached from the roots, roots first, then by distance; stops after {@code maxDepth} steps if given. */
    long[] reach(Collection<Long> roots, boolean forward, Integer maxDepth) {
        return walk(roots, forward, maxDepth).lots();
    }

    /** As {@link #reach}, with each lot's distance from the nearest root. */
    Walk walk(Collection<Long> roots, boolean forward, Integer maxDepth) {
        int[][] next = forward ? children : parents;
        int[] counts = forward ? childCount : parentCount;
        BitSet seen = new BitSet();
        int[] queue = new int[Math.max(16, roots.size())];
        int tail = 0;
        for (long root : roots) {
            int id = Math.toIntExact(root);
            if (!seen.get(id)) {
                seen.set(id);
                queue = grow(queue, tail);
                queue[tail++] = id;
            }
        }
        int head = 0;
        int levelEnd = tail;
        int depth = 0;
        int[] levelEnds = new int[8];
        levelEnds[0] = tail;
        while (head < tail && (maxDepth == null || depth < maxDepth)) {
            int lot = queue[head++];
            if (lot < next.length && next[lot] != null) {
                int[] adjacent = next[lot];
                for (int i = 0, n = counts[lot]; i < n; i++) {
                    int other = adjacent[i];
                    if (!seen.get(other)) {
                        seen.set(other);
                        queue = grow(queue, tail);
                        queue[tail++] = other;
                    }
                }
            }
            if (head == levelEnd) {
                depth++;
                levelEnd = tail;
                levelEnds = grow(levelEnds, depth);
                levelEnds[depth] = tail;
            }
        }
        long[] reached = new long[tail];
        int[] depths = new int[tail];
        for (int i = 0, level = 0; i < tail; i++) {
            while (level <= depth && i >= levelEnds[level]) {
                level++;
            }
            reached[i] = queue[i];
            depths[i] = level;
        }
        return new Walk(reached, depths);
    }

    private void ensure(int id) {
        if (id >= children.length) {
            int size = Math.max(id + 1, children.length * 2);
            children = Arrays.copyOf(children, size);
            childCount = Arrays.copyOf(childCount, size);
            parents = Arrays.copyOf(parents, size);
            parentCount = Arrays.copyOf(parentCount, size);
        }
    }

    private static int[] append(int[] array, int at, int value) {
        int[] target = array == null ? NONE : array;
        if (at >= target.length) {
            target = Arrays.copyOf(target, Math.max(4, target.length * 2));
        }
        target[at] = value;
        return target;
    }

    private static int[] grow(int[] queue, int size) {
        return size < queue.length ? queue : Arrays.copyOf(queue, queue.length * 2);
    }
}
