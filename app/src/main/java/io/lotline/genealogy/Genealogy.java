package io.lotline.genealogy;

import java.util.List;
import java.util.Set;

/** The lot DAG: written when production, splits and merges are booked; read by traces. */
public interface Genealogy {

    /**
     * Adds edges in the caller's transaction, after checking that none makes a lot its own ancestor. Edges into lots
     * created by the same booking cannot close a cycle and are not checked. A link whose consumption or output was
     * reversed already is left out: a reversal withdraws the edges of its entry (ADR 65).
     */
    void link(List<Link> links, Set<Long> newLots);

    /** Traces and records who asked. */
    Trace trace(TraceRequest request);

    /**
     * The books of every lot the request reaches, for their mass balances, in no particular order; not recorded as a
     * trace. Answered from memory for lots whose books were read before and not booked on since, like a trace's facts.
     */
    List<LotFlows> flows(TraceRequest request);

    /** The books of the named lots, as {@link #flows(TraceRequest)}; an unknown lot is refused as {@code lots[i]}. */
    List<LotFlows> flows(List<String> lotNumbers);
}
