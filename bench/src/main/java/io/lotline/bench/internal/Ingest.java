package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.NetworkPlan.Generated;
import org.springframework.stereotype.Component;

/**
 * I1, batched ingest: a separate batch of commingled-food production (its codes under the run prefix plus
 * {@code -I1}) booked after the load, through the same bulk path. The clock runs from the first lot row to the last commit: lots, pallets and orders, entries with their
 * balances and audit hashes, and the genealogy edges. Master data is registered before the clock starts.
 */
@Component
class Ingest {
    private final DatasetLoader loader;

    Ingest(DatasetLoader loader) {
        this.loader = loader;
    }

    /** What the batch wrote, how long it took, and the rate against the target of the database. */
    record Result(long entries, long edges, int lots, double seconds, double entriesPerSecond, String target,
                  boolean met) {
    }

    Result measure(String prefix, long entries, long seed, int batchEntries, boolean postgres) {
        Generated generated = NetworkPlan.single(Shape.G2.spec(), Math.max(100, entries / BenchOptions.ENTRIES_PER_LOT),
                seed);
        Dataset batch = loader.load(prefix, generated, entries, seed, batchEntries);
        double seconds = batch.lotSeconds() + batch.entrySeconds();
        double rate = batch.entries() / seconds;
        long target = postgres ? 20_000 : 10_000;
        return new Result(batch.entries(), batch.edges(), batch.net().size, seconds, rate,
                ">= " + target + " entries/s", rate >= target);
    }
}
