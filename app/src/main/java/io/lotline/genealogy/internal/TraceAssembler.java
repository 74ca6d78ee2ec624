package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Turns the set of lots a traversal reached into the answer a quality manager reads: the lots with their distance
 * from the roots, the edges between them, the input shares, and shipments (forward), receipts (reverse) and stock.
 * The facts of each lot come from {@link LotFactsCache}; the assembly itself is one pass over them, lot by lot in
 * order of distance from the roots and then of creation, so edges, shares and stock come grouped by lot in that
 * order too. Shipments and receipts are in time order.
 *
 * <p>Edges and shares are those of the walk in business time (ADR 16): an edge between two lots reached is shown only
 * if the walk follows it from where it reached its lot. A lot into which inputs were poured over time gives, per draw
 * out of it that the trace follows, each input's share of that draw; otherwise its inputs' shares of all its inputs.
 * A walk that did not count depths and times (PostgreSQL's recursive query) is walked again over the edges between
 * the lots it reached, which hold every path in time between them.
 */
@Component
class TraceAssembler {
    private static final Comparator<Trace.Shipment> SHIPMENTS_IN_TIME = Comparator
            .comparing(Trace.Shipment::occurredAt).thenComparingLong(Trace.Shipment::entryId);
    private static final Comparator<Trace.Receipt> RECEIPTS_IN_TIME = Comparator
            .comparing(Trace.Receipt::occurredAt).thenComparingLong(Trace.Receipt::entryId);

    /** Up to this many inputs followed into a lot are looked through one by one rather than hashed. */
    private static final int FEW_INPUTS = 16;

    private final LotFactsCache facts;

    TraceAssembler(LotFactsCache facts) {
        this.facts = facts;
    }

    record Reached(List<Trace.Node> nodes, List<Trace.Edge> edges, List<Trace.Shipment> shipments,
                   List<Trace.Receipt> receipts, List<Trace.Stock> stock, List<Trace.Share> shares) {
    }

    Reached assemble(Collection<Long> roots, Walk found, Direction direction, Integer maxDepth) {
        long[] reached = found.lots();
        LotFacts[] lots = facts.facts(reached);
        BitSet inTrace = new BitSet();
        for (long id : reached) {
            inTrace.set(Math.toIntExact(id));
        }
        Walk walk = found.depths() != null ? found : walkAgain(roots, reached, lots, inTrace, direction, maxDepth);
        int[] depths = walk.depths();
        boolean forward = direction == Direction.FORWARD;
        Map<Long, long[]> draws = draws(lots, inTrace, walk, forward);
        List<Trace.Node> nodes = new ArrayList<>(reached.length);
        List<Trace.Edge> edges = new ArrayList<>();
        List<Trace.Share> shares = new ArrayList<>();
        List<Trace.Shipment> shipments = new ArrayList<>();
        List<Trace.Receipt> receipts = new ArrayList<>();
        List<Trace.Stock> stock = new ArrayList<>();
        long[] followed = new long[8];
        for (int i : inOrder(reached, depths)) {
            LotFacts lot = lots[i];
            if (lot == null) {
                continue;
            }
            nodes.add(lot.node(depths[i]));
            long[] parents = lot.inputParents();
            if (followed.length < parents.length) {
                followed = new long[parents.length];
            }
            int following = 0;
            for (int k = 0; k < parents.length; k++) {
                if (follows(lot, k, inTrace, walk, forward)) {
                    edges.add(lot.inputEdges()[k]);
                    followed[following++] = parents[k];
                }
            }
            long[] drawn = lot.blend() == null ? null : draws.get(lot.id());
            long[] shareParents = lot.shareParents();
            if (drawn == null && following <= FEW_INPUTS) {
                for (int k = 0; k < shareParents.length; k++) {
                    if (contains(followed, following, shareParents[k])) {
                        shares.add(lot.shares()[k]);
                    }
                }
            } else {
                Set<Long> inputs = new HashSet<>();
                for (int k = 0; k < following; k++) {
                    inputs.add(followed[k]);
                }
                if (drawn == null) {
                    for (int k = 0; k < shareParents.length; k++) {
                        if (inputs.contains(shareParents[k])) {
                            shares.add(lot.shares()[k]);
                        }
                    }
                } else {
                    shares.addAll(sharesOfDraws(lot, drawn, inputs));
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

    /** Whether the first {@code count} of {@code lots} hold {@code lot}: a lot has a handful of inputs. */
    private static boolean contains(long[] lots, int count, long lot) {
        for (int k = 0; k < count; k++) {
            if (lots[k] == lot) {
                return true;
            }
        }
        return false;
    }

    /** Whether the walk follows edge {@code k} into {@code lot}: from a lot it reached, at a time it lets through. */
    private static boolean follows(LotFacts lot, int k, BitSet inTrace, Walk walk, boolean forward) {
        long parent = lot.inputParents()[k];
        return inTrace.get((int) parent) && TimedWalk.follows(forward, walk.key(forward ? parent : lot.id()),
                lot.inputDrawn()[k], lot.inputEntered()[k]);
    }

    /** For each lot reached into which inputs were poured, the times of the draws out of it the walk follows. */
    private static Map<Long, long[]> draws(LotFacts[] lots, BitSet inTrace, Walk walk, boolean forward) {
        Set<Long> blended = new HashSet<>();
        for (LotFacts lot : lots) {
            if (lot != null && lot.blend() != null) {
                blended.add(lot.id());
            }
        }
        Map<Long, TreeSet<Long>> times = new HashMap<>();
        if (!blended.isEmpty()) {
            for (LotFacts lot : lots) {
                if (lot == null) {
                    continue;
                }
                for (int k = 0; k < lot.inputParents().length; k++) {
                    if (blended.contains(lot.inputParents()[k]) && follows(lot, k, inTrace, walk, forward)) {
                        times.computeIfAbsent(lot.inputParents()[k], id -> new TreeSet<>()).add(lot.inputDrawn()[k]);
                    }
                }
            }
        }
        Map<Long, long[]> draws = new HashMap<>();
        times.forEach((lot, at) -> draws.put(lot, at.stream().mapToLong(Long::longValue).toArray()));
        return draws;
    }

    /** Each followed input's share of each draw out of a lot into which inputs were poured, draw by draw. */
    private static List<Trace.Share> sharesOfDraws(LotFacts lot, long[] draws, Set<Long> followed) {
        Map<Long, String> numbers = new HashMap<>();
        for (int k = 0; k < lot.inputParents().length; k++) {
            numbers.put(lot.inputParents()[k], lot.inputEdges()[k].parent());
        }
        List<Trace.Share> shares = new ArrayList<>();
        for (long draw : draws) {
            lot.blend().sharesAt(draw).forEach((input, share) -> {
                if (followed.contains(input) && share.signum() > 0) {
                    shares.add(new Trace.Share(lot.lotNumber(), numbers.get(input), share,
                            draw == TimedWalk.EVERYTHING ? null : TimedWalk.instant(draw)));
                }
            });
        }
        return shares;
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
     * The walk in business time again, over the edges between the lots a traversal reached (which hold every path in
     * time from the roots to them), for a traversal that did not count depths and times; lots are numbered by
     * position so that the graph stays as small as the trace.
     */
    private static Walk walkAgain(Collection<Long> roots, long[] reached, LotFacts[] lots, BitSet inTrace,
                                  Direction direction, Integer maxDepth) {
        Map<Long, Integer> position = new HashMap<>(reached.length * 2);
        for (int i = 0; i < reached.length; i++) {
            position.put(reached[i], i);
        }
        LotGraph graph = new LotGraph();
        for (int child = 0; child < lots.length; child++) {
            if (lots[child] == null) {
                continue;
            }
            long[] parents = lots[child].inputParents();
            for (int k = 0; k < parents.length; k++) {
                if (inTrace.get((int) parents[k])) {
                    graph.add(position.get(parents[k]), child, lots[child].inputDrawn()[k],
                            lots[child].inputEntered()[k]);
                }
            }
        }
        List<Long> starts = new ArrayList<>();
        for (Long root : roots) {
            Integer at = position.get(root);
            if (at != null) {
                starts.add((long) at);
            }
        }
        Walk byPosition = graph.walk(starts, direction == Direction.FORWARD, maxDepth);
        int[] depths = new int[reached.length];
        for (int i = 0; i < byPosition.lots().length; i++) {
            depths[(int) byPosition.lots()[i]] = byPosition.depths()[i];
        }
        Map<Long, Long> keys = new HashMap<>();
        byPosition.keys().forEach((at, key) -> keys.put(reached[Math.toIntExact(at)], key));
        return new Walk(reached, depths, keys, byPosition.defaultKey());
    }
}
