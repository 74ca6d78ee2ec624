package io.lotline.genealogy.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The DAG in memory: for every lot, the lots made from it and the lots it was made from, as arrays of ints indexed by
 * lot id, and beside them each edge's draw time and, where an input was poured into a running lot, its entry time, in
 * microseconds ({@link TimedWalk}); a lot whose edges have no entry time keeps no array for them. A walk reads them in
 * order and needs no database round trip. Not thread-safe: {@link LotGraphIndex} guards it.
 */
final class LotGraph implements TimedWalk.Adjacency {
    private final Side out = new Side();
    private final Side in = new Side();
    private final BitSet pouredInto = new BitSet();
    private long edges;

    /** Adds an edge; {@code drawnAt} and {@code enteredAt} as in {@link TimedWalk}. */
    void add(long parentLot, long childLot, long drawnAt, long enteredAt) {
        int p = Math.toIntExact(parentLot);
        int c = Math.toIntExact(childLot);
        out.add(p, c, drawnAt, enteredAt);
        in.add(c, p, drawnAt, enteredAt);
        if (enteredAt != TimedWalk.FROM_THE_START) {
            pouredInto.set(c);
        }
        edges++;
    }

    /**
     * Takes out one edge with these ends and times (ADR 65), if it holds one; edges alike in all four are alike to a
     * walk, so which of them goes does not matter.
     */
    void remove(long parentLot, long childLot, long drawnAt, long enteredAt) {
        int p = Math.toIntExact(parentLot);
        int c = Math.toIntExact(childLot);
        if (out.remove(p, c, drawnAt, enteredAt) && in.remove(c, p, drawnAt, enteredAt)) {
            if (pouredInto.get(c) && pouredIn(c).length == 0) {
                pouredInto.clear(c);
            }
            edges--;
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
        Side side = forward ? out : in;
        for (int i = 0; i < count; i++) {
            int lot = (int) lots[i];
            if (lot >= side.other.length || side.other[lot] == null) {
                continue;
            }
            int[] other = side.other[lot];
            long[] drawn = side.drawn[lot];
            long[] entered = side.entered[lot];
            for (int k = 0, n = side.count[lot]; k < n; k++) {
                visitor.edge(lot, other[k], drawn[k], entered == null ? TimedWalk.FROM_THE_START : entered[k]);
            }
        }
    }

    @Override
    public long[] pouredIn(long lot) {
        int id = (int) lot;
        if (!pouredInto.get(id)) {
            return null;
        }
        long[] entered = in.entered[id];
        long[] times = new long[in.count[id]];
        int n = 0;
        for (int k = 0; k < in.count[id]; k++) {
            if (entered[k] != TimedWalk.FROM_THE_START) {
                times[n++] = entered[k];
            }
        }
        return Arrays.copyOf(times, n);
    }

    /** The edges of every lot one way: the lot at the other end, and the times. */
    private static final class Side {
        int[][] other = new int[1024][];
        long[][] drawn = new long[1024][];
        long[][] entered = new long[1024][];
        int[] count = new int[1024];

        void add(int lot, int to, long drawnAt, long enteredAt) {
            if (lot >= other.length) {
                int size = Math.max(lot + 1, other.length * 2);
                other = Arrays.copyOf(other, size);
                drawn = Arrays.copyOf(drawn, size);
                entered = Arrays.copyOf(entered, size);
                count = Arrays.copyOf(count, size);
            }
            int at = count[lot]++;
            if (other[lot] == null || at == other[lot].length) {
                int size = other[lot] == null ? 4 : at * 2;
                other[lot] = other[lot] == null ? new int[size] : Arrays.copyOf(other[lot], size);
                drawn[lot] = drawn[lot] == null ? new long[size] : Arrays.copyOf(drawn[lot], size);
                if (entered[lot] != null) {
                    entered[lot] = Arrays.copyOf(entered[lot], size);
                }
            }
            other[lot][at] = to;
            drawn[lot][at] = drawnAt;
            if (enteredAt != TimedWalk.FROM_THE_START && entered[lot] == null) {
                entered[lot] = new long[other[lot].length];
                Arrays.fill(entered[lot], TimedWalk.FROM_THE_START);
            }
            if (entered[lot] != null) {
                entered[lot][at] = enteredAt;
            }
        }

        /** Removes the first edge of the lot to {@code to} with these times, keeping the order of the others. */
        boolean remove(int lot, int to, long drawnAt, long enteredAt) {
            if (lot >= other.length || other[lot] == null) {
                return false;
            }
            int n = count[lot];
            for (int k = 0; k < n; k++) {
                long entry = entered[lot] == null ? TimedWalk.FROM_THE_START : entered[lot][k];
                if (other[lot][k] == to && drawn[lot][k] == drawnAt && entry == enteredAt) {
                    System.arraycopy(other[lot], k + 1, other[lot], k, n - k - 1);
                    System.arraycopy(drawn[lot], k + 1, drawn[lot], k, n - k - 1);
                    if (entered[lot] != null) {
                        System.arraycopy(entered[lot], k + 1, entered[lot], k, n - k - 1);
                    }
                    count[lot] = n - 1;
                    return true;
                }
            }
            return false;
        }
    }
}
