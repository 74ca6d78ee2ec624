package io.lotline.bench.internal;

import java.util.List;

/**
 * The parameters of one genealogy shape. Stage 0 is received from suppliers; each later stage is made by orders that
 * take {@code inputsMin..inputsMax} lots of the stage before (each of those lots is taken by {@code fanOut} orders
 * on average, all made within a {@code window} of neighbouring lots: what was milled this week is baked this week)
 * plus one lot of each bulk material of the stage. The lots of the last stage are split onto pallets, which are
 * shipped to customers.
 */
record ShapeSpec(String code, String title, List<Stage> stages, int palletsPerLot, int window) {

    /** A step of the network: the products made (or received, at stage 0) and what each order takes. */
    record Stage(List<ItemSpec> items, int inputsMin, int inputsMax, double fanOut, List<Bulk> bulk) {
        static Stage received(ItemSpec... items) {
            return new Stage(List.of(items), 0, 0, 0, List.of());
        }

        static Stage made(int inputsMin, int inputsMax, double fanOut, List<Bulk> bulk, ItemSpec... items) {
            return new Stage(List.of(items), inputsMin, inputsMax, fanOut, bulk);
        }

        double averageInputs() {
            return (inputsMin + inputsMax) / 2.0;
        }
    }

    /**
     * A bought-in material each order of a stage takes one lot of (salt, yeast, film): a lot lasts for
     * {@code ordersPerLot} consecutive orders, then the next one is opened. {@link #ALL}: one lot serves every order
     * of the run — the super-node.
     */
    record Bulk(ItemSpec item, int ordersPerLot) {
        static final int ALL = Integer.MAX_VALUE;

        long lots(long orders) {
            return ordersPerLot == ALL ? 1 : (orders + ordersPerLot - 1) / ordersPerLot;
        }
    }

    int lastStage() {
        return stages.size() - 1;
    }
}
