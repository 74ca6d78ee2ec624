package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.Exports;
import io.lotline.ledger.BookingContext;
import io.lotline.recall.RecallCommands.RunMockRecall;
import io.lotline.recall.RecallCommands.Scope;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The recall scenarios, through the calls a quality manager's requests make. R1: the yearly drill on a raw lot of the
 * commingled food shape, {@link Recalls#runMock}: forward trace, customers, stock on hand by location and the exact
 * mass balance of every lot in scope, kept in the recall history. R2: the same on the super-node, followed by the FDA
 * FSMA 204 sortable spreadsheet (XLSX) of every affected lot, {@link Exports#fsma204Xlsx}, written as a download
 * is (to a stream that counts its bytes and keeps none), timed together, a few times (at most {@code --roots}).
 */
@Component
class RecallScenarios {
    static final int SUPER_NODE_RUNS = 5;
    private static final int SUPER_NODE_WARMUP = 1;

    private final Recalls recalls;
    private final Exports exports;

    RecallScenarios(Recalls recalls, Exports exports) {
        this.recalls = recalls;
        this.exports = exports;
    }

    /** The scenarios' rows, and whether every drill found the books exact: the generator books no gaps. */
    record Outcome(List<ScenarioResult> results, boolean balanced) {
    }

    /**
     * One drill: how long it took, how much of that the drill itself counted (traces, customers, stock and mass
     * balance, until its report was assembled; not keeping the report), the spreadsheet's part of it for R2, and what
     * it found.
     */
    private record Drill(double millis, double ownMillis, double sheetMillis, int lots, int customers,
                         int stockRows, boolean exact, long sheetRows, long sheetBytes) {
    }

    /**
     * The heap around R2's measured drills: used after a full collection before and after them, and the most it held
     * right after any collection during them (what the drills kept reachable at once, with old garbage not yet
     * collected). A drill whose memory does not grow with its rows keeps the middle figure near the first.
     */
    private record HeapUse(long beforeBytes, long mostAfterCollectionBytes, long collections, long afterBytes) {
        String describe() {
            return String.format("heap %s before the measured drills (after a full collection), at most %s right after "
                            + "any of the %d collections during them, %s after", Heap.megabytes(beforeBytes),
                    Heap.megabytes(mostAfterCollectionBytes), collections, Heap.megabytes(afterBytes));
        }
    }

    Outcome run(Dataset data, BenchOptions options) {
        List<ScenarioResult> results = new ArrayList<>();
        boolean balanced = true;
        for (ShapeLots shape : data.generated().shapes()) {
            if ("G2".equals(shape.spec().code())) {
                List<String> raw = numbers(data, Scenarios.sample(shape, lot -> data.net().kind(lot) == Kind.RAW,
                        options.seed(), 0, options.roots() + options.warmup()));
                warmUp(raw.subList(options.roots(), raw.size()), false);
                List<Drill> drills = drills(raw.subList(0, options.roots()), false, options);
                results.add(mockRecalls(shape, options.warmup(), drills));
                balanced &= drills.stream().allMatch(Drill::exact);
            } else if (shape.superNode() >= 0) {
                List<String> superNode = numbers(data, Collections.nCopies(Math.min(SUPER_NODE_RUNS, options.roots())
                        + SUPER_NODE_WARMUP, shape.superNode()));
                warmUp(superNode.subList(0, SUPER_NODE_WARMUP), true);
                long before = Heap.usedAfterFullGc();
                List<Drill> drills;
                long most;
                long collected;
                try (Heap.AfterCollections collections = new Heap.AfterCollections()) {
                    drills = drills(superNode.subList(SUPER_NODE_WARMUP, superNode.size()), true, options);
                    most = collections.mostUsedBytes();
                    collected = collections.collections();
                }
                HeapUse heap = new HeapUse(before, most, collected, Heap.usedAfterFullGc());
                results.add(withSpreadsheet(shape, drills, heap));
                balanced &= drills.stream().allMatch(Drill::exact);
            }
        }
        return new Outcome(List.copyOf(results), balanced);
    }

    private void warmUp(List<String> roots, boolean spreadsheet) {
        for (String root : roots) {
            drill(root, spreadsheet);
        }
    }

    /** One measured drill per root until the roots or the time allowed run out. */
    private List<Drill> drills(List<String> roots, boolean spreadsheet, BenchOptions options) {
        List<Drill> drills = new ArrayList<>();
        long deadline = System.nanoTime() + options.capSeconds() * 1_000_000_000L;
        while (drills.size() < roots.size() && System.nanoTime() < deadline) {
            drills.add(drill(roots.get(drills.size()), spreadsheet));
        }
        return drills;
    }

    /** One drill, with the spreadsheet of the lots it affected when {@code spreadsheet}. */
    private Drill drill(String root, boolean spreadsheet) {
        long started = System.nanoTime();
        RecallReport report = recalls.runMock(new BookingContext(UUID.randomUUID().toString(), null), new RunMockRecall(
                "Benchmark drill", new Scope(List.of(root), null, 0), null, null));
        long recalled = System.nanoTime();
        List<String> affected = report.affectedLots().stream().map(RecallReport.AffectedLot::lotNumber).toList();
        Counted sheet = new Counted();
        long rows = spreadsheet ? exports.fsma204Xlsx(new ExportRequest(null, null, null, affected), () -> sheet) : 0;
        long done = System.nanoTime();
        return new Drill((done - started) / 1e6, report.elapsedMillis(), (done - recalled) / 1e6, affected.size(),
                report.customers().size(), report.stockOnHand().size(), report.massBalanceExact(),
                rows, sheet.bytes);
    }

    private ScenarioResult mockRecalls(ShapeLots shape, int warmup, List<Drill> drills) {
        Percentiles millis = Percentiles.of(drills.stream().mapToDouble(Drill::millis).toArray());
        return new ScenarioResult("R1", shape.spec().code() + " " + shape.spec().title()
                + ", mock recall of a raw lot: trace, customers, stock by location, mass balance", warmup, millis,
                lots(drills), 0, null, "p50 <= 300 ms, p99 <= 1 s", millis.p50() <= 300 && millis.p99() <= 1000,
                findings(drills));
    }

    private ScenarioResult withSpreadsheet(ShapeLots shape, List<Drill> drills, HeapUse heap) {
        long rows = drills.isEmpty() ? 0 : drills.get(0).sheetRows();
        Percentiles millis = Percentiles.of(drills.stream().mapToDouble(Drill::millis).toArray());
        Percentiles sheet = Percentiles.of(drills.stream().mapToDouble(Drill::sheetMillis).toArray());
        return new ScenarioResult("R2", shape.spec().code() + " " + shape.spec().title()
                + ", mock recall of the super-node with the FSMA 204 spreadsheet (XLSX)", SUPER_NODE_WARMUP, millis,
                lots(drills), 0, null, "<= 5 s, every run", !drills.isEmpty() && millis.max() <= 5000,
                findings(drills) + String.format("; spreadsheet %,d rows, %,.1f MB, p50 %,.0f ms of the run", rows,
                        drills.isEmpty() ? 0 : drills.get(0).sheetBytes() / 1e6, sheet.p50()) + "; " + heap.describe());
    }

    private static Percentiles lots(List<Drill> drills) {
        return Percentiles.of(drills.stream().mapToDouble(Drill::lots).toArray());
    }

    private static String findings(List<Drill> drills) {
        Percentiles customers = Percentiles.of(drills.stream().mapToDouble(Drill::customers).toArray());
        Percentiles stock = Percentiles.of(drills.stream().mapToDouble(Drill::stockRows).toArray());
        Percentiles own = Percentiles.of(drills.stream().mapToDouble(Drill::ownMillis).toArray());
        long gaps = drills.stream().filter(drill -> !drill.exact()).count();
        String balance = gaps == 0 ? "mass balance exact in every drill"
                : "mass balance with GAPS in " + gaps + " of " + drills.size() + " drills";
        return String.format("customers p50 %,.0f / max %,.0f; stock rows p50 %,.0f; drill's own time (until its report "
                + "is assembled) p50 %,.0f ms; %s", customers.p50(), customers.max(), stock.p50(), own.p50(), balance);
    }

    /** The spreadsheet as a client receives it: its bytes counted, none kept. */
    private static final class Counted extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static List<String> numbers(Dataset data, List<Integer> lots) {
        return lots.stream().map(data.codes()::lotNumber).toList();
    }
}
