package io.lotline.bench.internal;

import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.ShapeSpec.Bulk;
import io.lotline.bench.internal.ShapeSpec.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grows one shape into the network, stage by stage, from a seed. Stage 0 is received over the simulated period;
 * each order of a later stage takes its inputs from lots made shortly before (a local window), so commingling spreads
 * forward in time the way it does on a real floor; bulk lots are opened one after another; the last stage is split
 * onto pallets.
 */
final class ShapeBuilder {
    static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    static final long SPAN = 540L * 24 * 3600;
    static final long HOUR = 3600;
    static final long DAY = 24 * HOUR;

    private final Network net;
    private final ShapeSpec spec;
    private final Random random;
    private final int shapeIndex;
    private final List<int[]> stageItems = new ArrayList<>();

    ShapeBuilder(Network net, ShapeSpec spec, Random random) {
        this.net = net;
        this.spec = spec;
        this.random = random;
        this.shapeIndex = net.addShape(spec);
        for (Stage stage : spec.stages()) {
            stageItems.add(stage.items().stream().mapToInt(item -> net.addItem(item, shapeIndex)).toArray());
        }
    }

    /** Builds about {@code lots} lots and tells where they are in the network. */
    ShapeLots build(long lots) {
        int first = net.size;
        long[] orders = ordersPerStage(lots);
        int[] previous = receive(Math.toIntExact(orders[0]));
        for (int s = 1; s < spec.stages().size(); s++) {
            previous = new StageOrders(net, spec.stages().get(s), s, shapeIndex, stageItems.get(s), spec.window(),
                    random).make(previous, Math.toIntExact(orders[s]));
        }
        int palletsFirst = net.size;
        for (int finished : previous) {
            net.firstUse[finished] = net.time[finished] + DAY;
            for (int p = 0; p < spec.palletsPerLot(); p++) {
                net.add(shapeIndex, Kind.PALLET, spec.stages().size(), net.item[finished], net.time[finished] + DAY,
                        0, finished);
            }
        }
        return new ShapeLots(shapeIndex, spec, first, net.size, palletsFirst, superNode(first));
    }

    /** Orders (lots made) per stage, so that stages, bulk lots and pallets add up to about {@code lots}. */
    long[] ordersPerStage(long lots) {
        int stages = spec.stages().size();
        double[] share = new double[stages];
        share[0] = 1;
        double perBase = 1;
        int fixed = 0;
        for (int s = 1; s < stages; s++) {
            Stage stage = spec.stages().get(s);
            share[s] = share[s - 1] * stage.fanOut() / stage.averageInputs();
            perBase += share[s];
            for (Bulk bulk : stage.bulk()) {
                if (bulk.ordersPerLot() == Bulk.ALL) {
                    fixed++;
                } else {
                    perBase += share[s] / bulk.ordersPerLot();
                }
            }
        }
        perBase += share[stages - 1] * spec.palletsPerLot();
        double base = Math.max(1, (lots - fixed) / perBase);
        long[] orders = new long[stages];
        for (int s = 0; s < stages; s++) {
            orders[s] = Math.max(1, Math.round(base * share[s]));
        }
        return orders;
    }

    private int[] receive(int count) {
        int[] lots = new int[count];
        int[] items = stageItems.get(0);
        for (int i = 0; i < count; i++) {
            int item = items[random.nextInt(items.length)];
            long received = START + (long) i * SPAN / count + random.nextInt(6 * 3600);
            lots[i] = net.add(shapeIndex, Kind.RAW, 0, item, received, net.items.get(item).around(random));
        }
        return lots;
    }

    /** The bulk lot that serves every order of its stage, if the shape has one. */
    private int superNode(int first) {
        for (int lot = first; lot < net.size; lot++) {
            if (net.kind(lot) == Kind.BULK) {
                ItemSpec material = net.itemOf(lot);
                if (spec.stages().get(net.stage[lot]).bulk().stream()
                        .anyMatch(b -> b.ordersPerLot() == Bulk.ALL && b.item().equals(material))) {
                    return lot;
                }
            }
        }
        return -1;
    }
}
