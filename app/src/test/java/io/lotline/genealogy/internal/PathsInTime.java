package io.lotline.genealogy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brute-force reference for walks in business time: every path of edges, one by one, kept when each edge was
 * drawn from its parent no earlier than the edge before it entered that lot ({@link TimedWalk#FROM_THE_START}: part
 * of the whole lot). A lot is reached at the length of its shortest such path. Exponential; for small graphs only.
 */
final class PathsInTime {
    /** An edge as the reference sees it. */
    record Edge(long parent, long child, long drawn, long entered) {
    }

    private final List<Edge> edges;

    PathsInTime(List<Edge> edges) {
        this.edges = List.copyOf(edges);
    }

    /** The same edges, every input part of the whole of its lot: the genealogy as it was before time counted. */
    List<Edge> withoutTimes() {
        return edges.stream().map(e -> new Edge(e.parent(), e.child(), e.drawn(), TimedWalk.FROM_THE_START)).toList();
    }

    /** Each lot reached from the roots and the length of its shortest path in time. */
    Map<Long, Integer> reach(List<Long> roots, boolean forward, Integer maxDepth) {
        Map<Long, Integer> reached = new HashMap<>();
        for (long root : roots) {
            reached.put(root, 0);
            follow(root, null, 0, forward, maxDepth, reached, new ArrayList<>());
        }
        return reached;
    }

    private void follow(long lot, Edge previous, int steps, boolean forward, Integer maxDepth,
                        Map<Long, Integer> reached, List<Long> onPath) {
        if (maxDepth != null && steps == maxDepth) {
            return;
        }
        onPath.add(lot);
        for (Edge edge : edges) {
            if ((forward ? edge.parent() : edge.child()) != lot) {
                continue;
            }
            long next = forward ? edge.child() : edge.parent();
            boolean inTime = previous == null || (forward ? previous.entered() <= edge.drawn()
                    : edge.entered() <= previous.drawn());
            if (!inTime || onPath.contains(next)) {
                continue;
            }
            reached.merge(next, steps + 1, Math::min);
            follow(next, edge, steps + 1, forward, maxDepth, reached, onPath);
        }
        onPath.remove(onPath.size() - 1);
    }
}
