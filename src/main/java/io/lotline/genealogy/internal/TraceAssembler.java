package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the set of lots a traversal reached into the answer a quality manager reads: the lots with their distance
 * from the roots, the edges between them, the input shares, and shipments (forward), receipts (reverse) and stock.
 * The facts of each lot come from {@link LotFactsCache}; the assembly itself is one pass over them, lot by lot in
 * order of distance from the roots and then of creation, so edges, shares and stock come grouped by lot in that
 * order too. Shipments and receipts are in time order.
 */
@Component
class TraceAssembler {
    private static final Comparator<Trace.Shipment> SHIPMENTS_IN_TIME = Comparator
            .comparing(Trace.Shipment::occurredAt).thenComparingLong(Trace.Shipment::entryId);
    private static final Comparator<Trace.Receipt> RECEIPTS_IN_TIME = Comparator
            .comparing(Trace.Receipt::occurredAt).thenComparingLong(Trace.Receipt::entryId);

    private final LotFactsCache facts;

    TraceAssembler(LotFactsCache facts) {
        this.facts = facts;
    }

    record Reached(List<Trace.Node> nodes, List<Trace.Edge> edges, List<Trace.Shipment> shipments,
                   List<Trace.Receipt> receipts, List<Trace.Stock> stock, List<Trace.Share> shares) {
    }

    Reached assemble(Collection<Long> roots, Walk walk, Direction direction) {
        long[] reached = walk.lots();
        LotFacts[] lots = facts.facts(reached);
        BitSet inTrace = new BitSet();
        for (long id : reached) {
            inTrace.set(Math.toIntExact(id));
        }
        int[] depths = walk.depths() != null ? walk.depths() : depths(roots, reached, lots, inTrace, direction);
        List<Trace.Node> nodes = new ArrayList<>(reached.length);
        List<Trace.Edge> edges = new ArrayList<>();
        List<Trace.Share> shares = new ArrayList<>();
        List<Trace.Shipment> shipments = new ArrayList<>();
        List<Trace.Receipt> receipts = new ArrayList<>();
        List<Trace.Stock> stock = new ArrayList<>();
        for (int i : inOrder(reached, depths)) {
            LotFacts lot = lots[i];
            if (lot == null) {
                continue;
            }
            nodes.add(lot.node(depths[i]));
            long[] parents = lot.inputParents();
            for (int k = 0; k < parents.length; k++) {
                if (inTrace.get((int) parents[k])) {
                    edges.add(lot.inputEdges()[k]);
                }
            }
            long[] shareParents = lot.shareParents();
            for (int k = 0; k < shareParents.length; k++) {
                if (inTrace.get((int) shareParents[k])) {
                    shares.add(lot.shares()[k]);
                }
            }
            if (direction == Direction.FORWARD) {
                shipments.addAll(lot.shipments());
                stock.addAll(lot.stock());
            } else {
                receipts.addAll(lot.receipts());
            }
        }
        shipments.sort(SHIPMENTS_IN_TIME);
        receipts.sort(RECEIPTS_IN_TIME);
        return new Reached(nodes, edges, shipments, receipts, stock, shares);
    }

    /**
     * The positions of the lots by distance from the roots, then by id (the order they were created in). Sorted as
     * packed numbers (distance, id, position), which is many times faster than comparing objects when a trace
     * reaches tens of thousands of lots; a comparator does it for traces too large to pack.
     */
    static int[] inOrder(long[] ids, int[] depths) {
        int n = ids.length;
        int maxDepth = 0;
        for (int depth : depths) {
            maxDepth = Math.max(maxDepth, depth);
        }
        int[] order = new int[n];
        if (n < (1 << 22) && maxDepth < (1 << 10)) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) depths[i] << 53) | (ids[i] << 22) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & ((1 << 22) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> depths[i]).thenComparingLong(i -> ids[i]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /**
     * Steps from the nearest root along the trace's own edges, breadth first, for a traversal that did not count
     * them (the database walk).
     */
    private static int[] depths(Collection<Long> roots, long[] reached, LotFacts[] lots, BitSet inTrace,
                                Direction direction) {
        Map<Long, Integer> position = new HashMap<>(reached.length * 2);
        for (int i = 0; i < reached.length; i++) {
            position.put(reached[i], i);
        }
        List<int[]> links = new ArrayList<>();
        for (int child = 0; child < lots.length; child++) {
            if (lots[child] == null) {
                continue;
            }
            for (long parentId : lots[child].inputParents()) {
                if (inTrace.get((int) parentId)) {
                    int parent = position.get(parentId);
                    links.add(direction == Direction.FORWARD ? new int[] {parent, child} : new int[] {child, parent});
                }
            }
        }
        return breadthFirst(roots, position, links, reached.length);
    }

    private static int[] breadthFirst(Collection<Long> roots, Map<Long, Integer> position, List<int[]> links,
                                      int size) {
        int[] start = new int[size + 1];
        for (int[] link : links) {
            start[link[0] + 1]++;
        }
        for (int i = 0; i < size; i++) {
            start[i + 1] += start[i];
        }
        int[] next = new int[links.size()];
        int[] fill = start.clone();
        for (int[] link : links) {
            next[fill[link[0]]++] = link[1];
        }
        int[] depth = new int[size];
        Arrays.fill(depth, -1);
        int[] queue = new int[size];
        int tail = 0;
        for (Long root : roots) {
            Integer at = position.get(root);
            if (at != null && depth[at] < 0) {
                depth[at] = 0;
                queue[tail++] = at;
            }
        }
        for (int head = 0; head < tail; head++) {
            int lot = queue[head];
            for (int k = start[lot]; k < start[lot + 1]; k++) {
                if (depth[next[k]] < 0) {
                    depth[next[k]] = depth[lot] + 1;
                    queue[tail++] = next[k];
                }
            }
        }
        for (int i = 0; i < size; i++) {
            depth[i] = Math.max(depth[i], 0);
        }
        return depth;
    }
}
