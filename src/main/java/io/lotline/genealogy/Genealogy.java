package io.lotline.genealogy;

import java.util.List;
import java.util.Set;

/** The lot DAG: written when production, splits and merges are booked; read by traces. */
public interface Genealogy {

    /**
     * Adds edges in the caller's transaction, after checking that none makes a lot its own ancestor. Edges into lots
     * created by the same booking cannot close a cycle and are not checked.
     */
    void link(List<Link> links, Set<Long> newLots);

    /** Traces and records who asked. */
    Trace trace(TraceRequest request);

    /** Rebuilds the in-memory index from the database, after a bulk load that bypassed the application. */
    void rebuildIndex();
}
