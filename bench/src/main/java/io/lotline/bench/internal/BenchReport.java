package io.lotline.bench.internal;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Everything a run found, with the facts needed to compare it with another run: written as JSON and as a table.
 * {@code heap} is read at the end of the run: what the process still holds after a full collection, and the peak of
 * the whole run. {@code ingest} is null when the run left the ingest family out.
 */
record BenchReport(String finishedAt, Machine machine, Heap.Figures heap, DatabaseFacts.Facts database,
                   BenchOptions options,
                   String traceEngine, DatasetSummary dataset, List<ScenarioResult> scenarios, Ingest.Result ingest,
                   Checks.Result checks) {

    /**
     * The machine the run was on. The load averages (one minute, at the start and at the end of the run) tell whether
     * other work shared its cores.
     */
    record Machine(int cores, long memoryBytes, long maxHeapBytes, String jdk, String jvm, String os,
                   double loadAverageAtStart, double loadAverageAtEnd) {
        static Machine current(double loadAverageAtStart) {
            long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getTotalMemorySize() : -1;
            return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                    System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                    System.getProperty("java.vm.name"), System.getProperty("os.name") + " "
                    + System.getProperty("os.version") + " " + System.getProperty("os.arch"), loadAverageAtStart,
                    loadAverage());
        }

        static double loadAverage() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Lotline bench, %s %s, size %s, %d cores, %.0f GB, %s, JDK %s, trace engine %s, "
                        + "load average %.1f at start, %.1f at end%n", database.product(), database.version(),
                options.size(), machine.cores(), machine.memoryBytes() / 1e9, machine.os(), machine.jdk(), traceEngine,
                machine.loadAverageAtStart(), machine.loadAverageAtEnd()));
        out.append(String.format("Heap: %s used after a full collection at the end of the run, peak %s used, "
                + "max %s%n", Heap.megabytes(heap.usedAfterFullGcBytes()), Heap.megabytes(heap.peakUsedBytes()),
                Heap.megabytes(heap.maxBytes())));
        out.append(DatasetSummary.describe(dataset));
        out.append(String.format("%-3s %-92s %5s %9s %9s %9s %9s %9s  %-28s %s%n", "id", "scenario", "runs", "p50 ms",
                "p99 ms", "max ms", "lots p50", "lots max", "target", "met"));
        for (ScenarioResult s : scenarios) {
            out.append(String.format("%-3s %-92s %5d %9.2f %9.2f %9.2f %,9.0f %,9.0f  %-28s %s%n", s.id(), s.scenario(),
                    s.millis().runs(), s.millis().p50(), s.millis().p99(), s.millis().max(), s.lots().p50(),
                    s.lots().max(), s.target() + (s.ratio() == null ? "" : String.format(" (ratio %.2gx)", s.ratio()))
                            + (s.throughput() == null ? "" : String.format(" (%,.0f %s/s)", s.throughput().perSecond(),
                            s.throughput().of())), s.met() == null ? "-" : s.met() ? "yes" : "NO"));
            if (s.note() != null) {
                out.append(String.format("    %s%n", s.note()));
            }
        }
        if (ingest != null) {
            out.append(String.format("I1  batched ingest: %,d entries, %,d edges, %,d lots in %.1f s = %,.0f entries/s"
                            + "  target %s  %s%n", ingest.entries(), ingest.edges(), ingest.lots(), ingest.seconds(),
                    ingest.entriesPerSecond(), ingest.target(), ingest.met() ? "yes" : "NO"));
        }
        out.append(String.format("Audit chain: %s, %,d entries verified in %.1f s. Balances: %,d of %,d rows differ "
                        + "from the sum of the entries (checked in %.1f s).%n",
                checks.chainIntact() ? "intact" : "BROKEN (" + checks.chainProblem() + ")", checks.entriesChecked(),
                checks.chainSeconds(), checks.balancesDiffering(), checks.balanceRows(), checks.balanceSeconds()));
        return out.toString();
    }
}
