package io.lotline.bench.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Shares the lots of a run among the shapes chosen and grows them, all from one seed. The super-node shape takes
 * what its salt lot needs to feed more than a hundred thousand lots, at most two fifths of the run when other shapes
 * are chosen; pharma and food share the rest two to three.
 */
final class NetworkPlan {
    static final long SUPER_NODE_LOTS = 125_000;

    private NetworkPlan() {
    }

    static Map<Shape, Long> budgets(long lots, List<Shape> shapes) {
        Map<Shape, Long> budgets = new EnumMap<>(Shape.class);
        long rest = lots;
        if (shapes.contains(Shape.G3)) {
            long g3 = shapes.size() == 1 ? lots : Math.min(SUPER_NODE_LOTS, lots * 2 / 5);
            budgets.put(Shape.G3, g3);
            rest -= g3;
        }
        boolean g1 = shapes.contains(Shape.G1);
        boolean g2 = shapes.contains(Shape.G2);
        if (g1) {
            budgets.put(Shape.G1, g2 ? rest * 2 / 5 : rest);
        }
        if (g2) {
            budgets.put(Shape.G2, g1 ? rest - rest * 2 / 5 : rest);
        }
        return budgets;
    }

    /** The network of the shapes, each with its share of the lots, in the order given. */
    static Generated build(long lots, List<Shape> shapes, long seed) {
        Map<Shape, Long> budgets = budgets(lots, shapes);
        Network net = new Network(Math.toIntExact(lots + lots / 10));
        Random random = new Random(seed);
        List<ShapeLots> built = new ArrayList<>();
        for (Shape shape : shapes) {
            built.add(new ShapeBuilder(net, shape.spec(), random).build(budgets.get(shape)));
        }
        return new Generated(net, built);
    }

    /** A network of one shape only. */
    static Generated single(ShapeSpec spec, long lots, long seed) {
        Network net = new Network(Math.toIntExact(lots + lots / 10));
        return new Generated(net, List.of(new ShapeBuilder(net, spec, new Random(seed)).build(lots)));
    }

    /** A network and where each shape's lots are in it. */
    record Generated(Network net, List<ShapeLots> shapes) {
    }
}
