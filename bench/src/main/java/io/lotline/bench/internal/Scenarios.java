package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.TraceRuns.Passes;
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
 * the super-node; beside each forward scenario one recursive CTE over the edges on the same roots (PostgreSQL); T4
 * the forward traces again, done the peer way, on the first roots of each shape.
 */
@Component
class Scenarios {
    private final TraceRuns runs;
    private final RecursiveCte cte;

    Scenarios(TraceRuns runs, RecursiveCte cte) {
        this.runs = runs;
        this.cte = cte;
    }

    List<ScenarioResult> run(Dataset data, BenchOptions options) {
        List<ScenarioResult> results = new ArrayList<>();
        List<ScenarioResult> peers = new ArrayList<>();
        for (ShapeLots shape : data.generated().shapes()) {
            String id = "T" + shape.spec().code().substring(1);
            boolean superNode = shape.superNode() >= 0;
            List<Integer> forward;
            List<Integer> warmup;
            if (superNode) {
                forward = Collections.nCopies(options.roots(), shape.superNode());
                warmup = sample(shape, lot -> data.net().kind(lot) == Kind.RAW, options.seed(), 0,
                        Math.min(options.warmup(), 10));
            } else {
                List<Integer> raw = sample(shape, lot -> data.net().kind(lot) == Kind.RAW, options.seed(), 0,
                        options.roots() + options.warmup());
                forward = raw.subList(0, options.roots());
                warmup = raw.subList(options.roots(), raw.size());
            }
            Passes ahead = runs.lotline(Direction.FORWARD, numbers(data, forward), numbers(data, warmup),
                    options.capSeconds());
            String from = superNode ? "forward from the super-node" : "forward from raw lots";
            results.add(result(id, shape, from, warmup.size(), ahead.warm()));
            results.add(cold(id, shape, from, warmup.size(), ahead.cold()));
            if (cte.available() && ahead.cold().count() > 0) {
                results.add(yardstick(id, shape, numbers(data, forward.subList(0, ahead.cold().count())), ahead));
            }
            if (!superNode) {
                List<Integer> pallets = sample(shape, lot -> data.net().kind(lot) == Kind.PALLET, options.seed(), 1,
                        options.roots() + options.warmup());
                Passes back = runs.lotline(Direction.REVERSE, numbers(data, pallets.subList(0, options.roots())),
                        numbers(data, pallets.subList(options.roots(), pallets.size())), options.capSeconds());
                results.add(result(id, shape, "reverse from pallets", options.warmup(), back.warm()));
                results.add(cold(id, shape, "reverse from pallets", options.warmup(), back.cold()));
            }
            peers.add(peer(data, shape, forward, ahead.warm(), options));
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

    /** The first trace of each root: the facts of the lots it reaches are read from the database, not memory. */
    private ScenarioResult cold(String id, ShapeLots shape, String what, int warmup, Runs done) {
        return new ScenarioResult(id, shape.spec().code() + " " + shape.spec().title() + ", " + what
                + ", first trace of each root (facts read from the database)", warmup,
                Percentiles.of(done.millis()), Percentiles.of(done.lots()), Percentiles.of(done.shipments()).p50(),
                null, "(first trace)", null, "the same roots, traced again, are the row above");
    }

    /**
     * The recursive CTE on the same forward roots, right after Lotline's passes, and Lotline's cold and warm medians
     * over its median; the first root's cold trace against the CTE on it says what a trace costs whose lots' facts
     * are all read from the database (the super-node: its first trace).
     */
    private ScenarioResult yardstick(String id, ShapeLots shape, List<String> roots, Passes lotline) {
        Runs reach = cte.reach(Direction.FORWARD, roots);
        Percentiles millis = Percentiles.of(reach.millis());
        double cold = Percentiles.of(lotline.cold().millis()).p50() / Math.max(1e-9, millis.p50());
        double warm = Percentiles.of(lotline.warm().millis()).p50() / Math.max(1e-9, millis.p50());
        double first = lotline.cold().millis()[0] / Math.max(1e-9, reach.millis()[0]);
        int differ = 0;
        for (int n = 0; n < reach.count(); n++) {
            differ += reach.lots()[n] == lotline.cold().lots()[n] ? 0 : 1;
        }
        return new ScenarioResult(id, shape.spec().code() + " the same forward roots, one recursive CTE over the edges "
                + "(lot ids only)", 0, millis, Percentiles.of(reach.lots()), 0, cold,
                "cold <= 2x the CTE, warm >= 3x faster", cold <= 2 && warm <= 1.0 / 3, String.format(
                "cold %.2fx the CTE, warm %.2fx (medians); first root cold %.2fx the CTE on it; %s", cold, warm,
                first, differ == 0 ? "the CTE reached as many lots as Lotline on every root"
                : differ + " roots where the CTE reached another number of lots than Lotline"));
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

    /** {@code count} candidate lots of the shape in a seeded random order, repeating when there are fewer. */
    static List<Integer> sample(ShapeLots shape, IntPredicate candidate, long seed, int stream, int count) {
        List<Integer> lots = new ArrayList<>();
        for (int lot = shape.first(); lot < shape.end(); lot++) {
            if (candidate.test(lot)) {
                lots.add(lot);
            }
        }
        Random random = new Random(seed + shape.shapeIndex() + 31L * stream);
        Collections.shuffle(lots, random);
        List<Integer> roots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            roots.add(i < lots.size() ? lots.get(i) : lots.get(random.nextInt(lots.size())));
        }
        return roots;
    }

    private static List<String> numbers(Dataset data, List<Integer> lots) {
        return lots.stream().map(data.codes()::lotNumber).toList();
    }
}
