package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.TraceRuns.Runs;
import io.lotline.genealogy.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Component;

/**
 * The trace scenarios: T1 on the pharma shape and T2 on the food shape, forward from raw lots (the recall question:
 * where did it go?) and in reverse from pallets (the complaint question: where did it come from?); T3 forward from
 * the super-node; T4 the forward traces again, done the peer way, on the first roots of each shape.
 */
@Component
class Scenarios {
    private final TraceRuns runs;

    Scenarios(TraceRuns runs) {
        this.runs = runs;
    }

    List<ScenarioResult> run(Dataset data, BenchOptions options) {
        List<ScenarioResult> results = new ArrayList<>();
        List<ScenarioResult> peers = new ArrayList<>();
        for (ShapeLots shape : data.generated().shapes()) {
            String id = "T" + shape.spec().code().substring(1);
            List<Integer> forward = shape.superNode() >= 0
                    ? Collections.nCopies(options.roots(), shape.superNode())
                    : sample(data, shape, lot -> data.net().kind(lot) == Kind.RAW, options);
            int warmup = shape.superNode() >= 0 ? Math.min(options.warmup(), 10) : options.warmup();
            Runs ahead = runs.lotline(Direction.FORWARD, numbers(data, forward), warmup, options.capSeconds(), true);
            results.add(result(id, shape, shape.superNode() >= 0 ? "forward from the super-node"
                    : "forward from raw lots", warmup, ahead));
            if ("T1".equals(id)) {
                results.add(diagnostic(shape, runs.lotline(Direction.FORWARD, numbers(data, forward), warmup,
                        options.capSeconds(), false), warmup));
            }
            if (shape.superNode() < 0) {
                List<Integer> back = sample(data, shape, lot -> data.net().kind(lot) == Kind.PALLET, options);
                results.add(result(id, shape, "reverse from pallets", warmup,
                        runs.lotline(Direction.REVERSE, numbers(data, back), warmup, options.capSeconds(), true)));
            }
            peers.add(peer(data, shape, forward, ahead, options));
        }
        results.addAll(peers);
        return results;
    }

    private ScenarioResult result(String id, ShapeLots shape, String what, int warmup, Runs done) {
        Percentiles millis = Percentiles.of(done.millis());
        String target = switch (id) {
            case "T1" -> "p50 <= 2 ms, p99 <= 10 ms";
            case "T2" -> "p50 <= 20 ms, p99 <= 100 ms";
            default -> "p50 <= 1 s";
        };
        boolean met = switch (id) {
            case "T1" -> millis.p50() <= 2 && millis.p99() <= 10;
            case "T2" -> millis.p50() <= 20 && millis.p99() <= 100;
            default -> millis.p50() <= 1000;
        };
        return new ScenarioResult(id, shape.spec().code() + " " + shape.spec().title() + ", " + what
                + ", with shipments and stock", warmup, millis, Percentiles.of(done.lots()),
                Percentiles.of(done.shipments()).p50(), null, target, met, null);
    }

    /** The same traces with the trace record rolled back instead of committed: what the durable write costs. */
    private ScenarioResult diagnostic(ShapeLots shape, Runs done, int warmup) {
        return new ScenarioResult("T1", shape.spec().code() + " " + shape.spec().title()
                + ", forward, same roots, trace record rolled back (diagnostic)", warmup,
                Percentiles.of(done.millis()), Percentiles.of(done.lots()), Percentiles.of(done.shipments()).p50(),
                null, "(diagnostic)", null, "the difference to T1 forward is the commit of the trace record");
    }

    /** The peer way on the first roots of the forward scenario, compared with Lotline's times on the same roots. */
    private ScenarioResult peer(Dataset data, ShapeLots shape, List<Integer> roots, Runs lotline,
                                BenchOptions options) {
        int count = Math.min(options.peerRoots(), lotline.count());
        long[] ids = roots.subList(0, count).stream().mapToLong(lot -> data.lotIds()[lot]).toArray();
        Runs peer = runs.peer(Direction.FORWARD, ids, options.peerCapSeconds());
        Runs same = lotline.first(peer.count());
        double ratio = Percentiles.of(peer.millis()).p50() / Math.max(1e-9, Percentiles.of(same.millis()).p50());
        int disagree = 0;
        for (int i = 0; i < peer.count(); i++) {
            disagree += peer.lots()[i] == same.lots()[i] ? 0 : 1;
        }
        boolean g2 = "G2".equals(shape.spec().code());
        return new ScenarioResult("T4", shape.spec().code() + " forward, one query per lot (peer way), " + peer.count()
                + " of " + count + " roots within " + options.peerCapSeconds() + " s", 0,
                Percentiles.of(peer.millis()), Percentiles.of(peer.lots()), 0, ratio, g2 ? ">= 50x on G2" : "(informative)",
                g2 ? ratio >= 50 : null, disagree == 0 ? "same lots reached as Lotline on every root"
                : disagree + " roots reached a different number of lots");
    }

    private static List<Integer> sample(Dataset data, ShapeLots shape, IntPredicate candidate, BenchOptions options) {
        List<Integer> lots = new ArrayList<>();
        for (int lot = shape.first(); lot < shape.end(); lot++) {
            if (candidate.test(lot)) {
                lots.add(lot);
            }
        }
        Random random = new Random(options.seed() + shape.shapeIndex());
        Collections.shuffle(lots, random);
        List<Integer> roots = new ArrayList<>(options.roots());
        for (int i = 0; i < options.roots(); i++) {
            roots.add(i < lots.size() ? lots.get(i) : lots.get(random.nextInt(lots.size())));
        }
        return roots;
    }

    private static List<String> numbers(Dataset data, List<Integer> lots) {
        return lots.stream().map(data.codes()::lotNumber).toList();
    }
}
