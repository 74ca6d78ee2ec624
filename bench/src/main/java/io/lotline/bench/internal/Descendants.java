package io.lotline.bench.internal;

import java.util.BitSet;

/**
 * What the generator knows about its own network: for a lot, every lot made from it in any number of steps, and the
 * number of distinct paths that lead there. The benchmark reports these next to what the trace engine found.
 */
final class Descendants {
    private final Network net;
    private final int[] childStart;
    private final int[] children;

    Descendants(Network net) {
        this.net = net;
        childStart = new int[net.size + 1];
        for (int lot = 0; lot < net.size; lot++) {
            for (int p = 0; p < net.parentCount(lot); p++) {
                childStart[net.parent(lot, p) + 1]++;
            }
        }
        for (int lot = 0; lot < net.size; lot++) {
            childStart[lot + 1] += childStart[lot];
        }
        children = new int[childStart[net.size]];
        int[] filled = new int[net.size];
        for (int lot = 0; lot < net.size; lot++) {
            for (int p = 0; p < net.parentCount(lot); p++) {
                int parent = net.parent(lot, p);
                children[childStart[parent] + filled[parent]++] = lot;
            }
        }
    }

    /** The root and every lot made from it. */
    BitSet of(int root) {
        BitSet reached = new BitSet(net.size);
        reached.set(root);
        int[] queue = new int[net.size];
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        while (head < tail) {
            int lot = queue[head++];
            for (int c = childStart[lot]; c < childStart[lot + 1]; c++) {
                if (!reached.get(children[c])) {
                    reached.set(children[c]);
                    queue[tail++] = children[c];
                }
            }
        }
        return reached;
    }

    /**
     * The number of distinct paths from the root to the lots it reaches: a traversal that follows paths instead of
     * visiting each lot once does this much work. Children always come after their parents, so one pass in index
     * order counts them.
     */
    double paths(int root) {
        double[] ways = new double[net.size];
        ways[root] = 1;
        double total = 0;
        for (int lot = root + 1; lot < net.size; lot++) {
            for (int p = 0; p < net.parentCount(lot); p++) {
                ways[lot] += ways[net.parent(lot, p)];
            }
            total += ways[lot];
        }
        return total;
    }
}
