package io.lotline.genealogy.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The DAG in memory: for every lot, the edges out of it and into it, as arrays of edge numbers indexed by lot id; for
 * every edge its parent, child, and its draw and entry times in microseconds ({@link TimedWalk}). A walk over it needs
 * no database round trip. Not thread-safe: {@link LotGraphIndex} guards it.
 */
final class LotGraph implements TimedWalk.Adjacency {
    private static final int[] NONE = new int[0];

    private int[][] out = new int[1024][];
    private int[] outCount = new int[1024];
    private int[][] in = new int[1024][];
    private int[] inCount = new int[1024];
    private int[] parent = new int[1024];
    private int[] child = new int[1024];
    private long[] drawn = new long[1024];
    private long[] entered = new long[1024];
    private final BitSet pouredInto = new BitSet();
    private int edges;

    /** Adds an edge; {@code drawnAt} and {@code enteredAt} as in {@link TimedWalk}. */
    void add(long parentLot, long childLot, long drawnAt, long enteredAt) {
        int p = Math.toIntExact(parentLot);
        int c = Math.toIntExact(childLot);
        ensure(Math.max(p, c));
        if (edges == parent.length) {
            int size = edges * 2;
            parent = Arrays.copyOf(parent, size);
            child = Arrays.copyOf(child, size);
            drawn = Arrays.copyOf(drawn, size);
            entered = Arrays.copyOf(entered, size);
        }
        int edge = edges++;
        parent[edge] = p;
        child[edge] = c;
        drawn[edge] = drawnAt;
        entered[edge] = enteredAt;
        out[p] = append(out[p], outCount[p]++, edge);
        in[c] = append(in[c], inCount[c]++, edge);
        if (enteredAt != TimedWalk.FROM_THE_START) {
            pouredInto.set(c);
        }
    }

    long edges() {
        return edges;
    }

    /** Lot ids reached from the roots, roots first, then by distance; stops after {@code maxDepth} steps if given. */
    long[] reach(Collection<Long> roots, boolean forward, Integer maxDepth) {
        return walk(roots, forward, maxDepth).lots();
    }

    /** As {@link #reach}, with each lot's distance from the nearest root and its key in business time. */
    Walk walk(Collection<Long> roots, boolean forward, Integer maxDepth) {
        return TimedWalk.walk(this, roots, forward, maxDepth);
    }

    @Override
    public void edges(long[] lots, int count, boolean forward, TimedWalk.EdgeVisitor visitor) {
        int[][] adjacent = forward ? out : in;
        int[] counts = forward ? outCount : inCount;
        int[] other = forward ? child : parent;
        for (int i = 0; i < count; i++) {
            int lot = (int) lots[i];
            if (lot < adjacent.length && adjacent[lot] != null) {
                int[] list = adjacent[lot];
                for (int k = 0, n = counts[lot]; k < n; k++) {
                    int edge = list[k];
                    visitor.edge(lot, other[edge], drawn[edge], entered[edge]);
                }
            }
        }
    }

    @Override
    public long[] pouredIn(long lot) {
        int id = (int) lot;
        if (!pouredInto.get(id)) {
            return null;
        }
        long[] times = new long[inCount[id]];
        int n = 0;
        for (int k = 0; k < inCount[id]; k++) {
            long time = entered[in[id][k]];
            if (time != TimedWalk.FROM_THE_START) {
                times[n++] = time;
            }
        }
        return Arrays.copyOf(times, n);
    }

    private void ensure(int id) {
        if (id >= out.length) {
            int size = Math.max(id + 1, out.length * 2);
            out = Arrays.copyOf(out, size);
            outCount = Arrays.copyOf(outCount, size);
            in = Arrays.copyOf(in, size);
            inCount = Arrays.copyOf(inCount, size);
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
}
