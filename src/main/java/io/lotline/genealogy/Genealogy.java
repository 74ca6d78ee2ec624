package io.lotline.genealogy;

import java.util.List;

/** The lot DAG: written when production, splits and merges are booked; read by traces. */
public interface Genealogy {

    /**
     * Adds edges in the caller's transaction, after checking that none makes a lot its own ancestor. Edges into lots
     * created by the same booking cannot close a cycle and are not checked.
     */
    void link(List<Link> links, java.util.Set<Long> newLots);

    /** Traces and records who asked. */
    Trace trace(TraceRequest request);
}
