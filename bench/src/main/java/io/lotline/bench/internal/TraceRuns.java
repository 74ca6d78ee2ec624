package io.lotline.bench.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs traces one after the other, as one quality manager asks them: first a warm-up, then one measured trace per
 * root until the roots or the time allowed run out. Lotline's traces go through {@link Genealogy#trace}, the same
 * call the API serves (walk, then lots, edges, shipments, receipts and stock in bulk, and the trace recorded).
 */
@Component
class TraceRuns {
    private final Genealogy genealogy;
    private final PeerTraversal peer;

    TraceRuns(Genealogy genealogy, PeerTraversal peer) {
        this.genealogy = genealogy;
        this.peer = peer;
    }

    /** Per root: milliseconds, lots reached, shipments found. Runs stop early when {@code capSeconds} are used. */
    record Runs(int count, double[] millis, int[] lots, int[] shipments) {
        Runs first(int n) {
            int k = Math.min(n, count);
            return new Runs(k, Arrays.copyOf(millis, k), Arrays.copyOf(lots, k), Arrays.copyOf(shipments, k));
        }
    }

    /**
     * Lotline's traces of the roots, as the API serves them (each in its own transaction that records the trace):
     * first the warm-up roots (not measured, so that the code is compiled), then each root once with the facts of
     * the lots it reaches not yet in memory (the first trace of a lot, read from the database), then each root again
     * (warm: a quality manager's second look, or any trace over lots traced before).
     */
    Passes lotline(Direction direction, List<String> roots, List<String> warmup, int capSeconds) {
        warmup.forEach(root -> genealogy.trace(new TraceRequest(direction, List.of(root), null)));
        return new Passes(measure(direction, roots, capSeconds), measure(direction, roots, capSeconds));
    }

    /** The first and the second trace of each root. */
    record Passes(Runs cold, Runs warm) {
    }

    private Runs measure(Direction direction, List<String> roots, int capSeconds) {
        Runs runs = new Runs(0, new double[roots.size()], new int[roots.size()], new int[roots.size()]);
        long deadline = System.nanoTime() + capSeconds * 1_000_000_000L;
        int n = 0;
        while (n < roots.size() && System.nanoTime() < deadline) {
            long started = System.nanoTime();
            Trace trace = genealogy.trace(new TraceRequest(direction, List.of(roots.get(n)), null));
            runs.millis()[n] = (System.nanoTime() - started) / 1e6;
            runs.lots()[n] = trace.lotsReached();
            runs.shipments()[n++] = trace.shipments().size();
        }
        return new Runs(n, runs.millis(), runs.lots(), runs.shipments()).first(n);
    }

    Runs peer(Direction direction, long[] roots, int capSeconds) {
        double[] millis = new double[roots.length];
        int[] lots = new int[roots.length];
        long deadline = System.nanoTime() + capSeconds * 1_000_000_000L;
        int n = 0;
        while (n < roots.length && System.nanoTime() < deadline) {
            long started = System.nanoTime();
            lots[n] = peer.reach(roots[n], direction).size();
            millis[n++] = (System.nanoTime() - started) / 1e6;
        }
        return new Runs(n, millis, lots, new int[roots.length]).first(n);
    }
}
