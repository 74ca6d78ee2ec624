package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import java.util.ArrayList;
import java.util.List;

/** What was generated and loaded, shape by shape, and how fast the load went. */
record DatasetSummary(String prefix, int lots, long entries, long edges, long commands, double masterSeconds,
                      double lotSeconds, double entrySeconds, double entriesPerSecond, List<ShapeSummary> shapes) {

    /**
     * One shape: lots by kind, edges, and what the generator itself knows of its reach: the median distinct paths
     * from a raw lot (work for a traversal that follows paths) and the super-node's direct and total reach.
     */
    record ShapeSummary(String code, String title, int lots, int raw, int bulk, int made, int pallets, long edges,
                        int depth, double medianPathsFromRawLot, int superNodeOrders, int superNodeReach) {
    }

    static DatasetSummary of(Dataset data) {
        Network net = data.net();
        Descendants descendants = new Descendants(net);
        List<ShapeSummary> shapes = new ArrayList<>();
        for (ShapeLots shape : data.generated().shapes()) {
            int[] kinds = new int[Kind.values().length];
            long edges = 0;
            List<Integer> raw = new ArrayList<>();
            for (int lot = shape.first(); lot < shape.end(); lot++) {
                kinds[net.kind[lot]]++;
                edges += net.parentCount(lot);
                if (net.kind(lot) == Kind.RAW && raw.size() < 5) {
                    raw.add(lot);
                }
            }
            double[] paths = raw.stream().mapToDouble(descendants::paths).sorted().toArray();
            int superNode = shape.superNode();
            shapes.add(new ShapeSummary(shape.spec().code(), shape.spec().title(), shape.lots(), kinds[0], kinds[1],
                    kinds[2], kinds[3], edges, shape.spec().stages().size(),
                    paths.length == 0 ? 0 : paths[paths.length / 2], superNode < 0 ? 0 : net.uses[superNode],
                    superNode < 0 ? 0 : descendants.of(superNode).cardinality()));
        }
        double loadSeconds = data.lotSeconds() + data.entrySeconds();
        return new DatasetSummary(data.prefix(), net.size, data.entries(), data.edges(), data.commands(),
                data.masterSeconds(), data.lotSeconds(), data.entrySeconds(),
                loadSeconds > 0 ? data.entries() / loadSeconds : 0,
                List.copyOf(shapes));
    }

    static String describe(DatasetSummary d) {
        String loaded = d.entriesPerSecond() == 0 ? "loaded by an earlier run"
                : String.format("loaded in %.1f s (master data %.1f s, lots %.1f s, entries and edges %.1f s: "
                        + "%,.0f entries/s)", d.masterSeconds() + d.lotSeconds() + d.entrySeconds(), d.masterSeconds(),
                d.lotSeconds(), d.entrySeconds(), d.entriesPerSecond());
        StringBuilder out = new StringBuilder(String.format("Dataset %s: %,d lots, %,d entries, %,d edges, %,d commands;"
                + " %s%n", d.prefix(), d.lots(), d.entries(), d.edges(), d.commands(), loaded));
        for (ShapeSummary s : d.shapes()) {
            out.append(String.format("  %s %-16s %,9d lots (raw %,d, bulk %,d, made %,d, pallets %,d), %,d edges, "
                            + "%d steps to pallet%s%s%n", s.code(), s.title(), s.lots(), s.raw(), s.bulk(), s.made(),
                    s.pallets(), s.edges(), s.depth(), s.medianPathsFromRawLot() > 0
                            ? String.format(", %,.0f paths from a raw lot", s.medianPathsFromRawLot()) : "",
                    s.superNodeOrders() > 0 ? String.format(", super-node feeds %,d orders and reaches %,d lots",
                            s.superNodeOrders(), s.superNodeReach()) : ""));
        }
        return out.toString();
    }
}
