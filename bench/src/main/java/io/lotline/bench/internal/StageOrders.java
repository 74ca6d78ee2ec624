package io.lotline.bench.internal;

import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.ShapeSpec.Bulk;
import io.lotline.bench.internal.ShapeSpec.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/**
 * The orders of one stage. Every lot of the stage before offers as many consumption slots as its fan-out; slots are
 * ordered by the lot's position plus a random offset within the window, and the orders take them in that order, each
 * lot at most once per order. A lot that would appear twice in an order waits for the next order.
 */
final class StageOrders {
    private final Network net;
    private final Stage stage;
    private final int stageNo;
    private final int shapeIndex;
    private final int[] items;
    private final int window;
    private final Random random;

    StageOrders(Network net, Stage stage, int stageNo, int shapeIndex, int[] items, int window, Random random) {
        this.net = net;
        this.stage = stage;
        this.stageNo = stageNo;
        this.shapeIndex = shapeIndex;
        this.items = items;
        this.window = window;
        this.random = random;
    }

    /** Makes {@code orders} lots from the lots of the stage before; returns the lots made. */
    int[] make(int[] previous, int orders) {
        int[][] inputs = assign(previous, orders);
        List<int[]> bulkLots = new ArrayList<>();
        for (Bulk bulk : stage.bulk()) {
            int material = net.addItem(bulk.item(), shapeIndex);
            int[] lots = new int[Math.toIntExact(bulk.lots(orders))];
            for (int i = 0; i < lots.length; i++) {
                lots[i] = net.add(shapeIndex, Kind.BULK, stageNo, material, 0, 0);
            }
            bulkLots.add(lots);
        }
        int[] made = new int[orders];
        for (int j = 0; j < orders; j++) {
            long ready = 0;
            for (int lot : inputs[j]) {
                ready = Math.max(ready, net.time[lot]);
            }
            long at = ready + (4 + random.nextInt(24)) * ShapeBuilder.HOUR;
            int[] parents = Arrays.copyOf(inputs[j], inputs[j].length + bulkLots.size());
            for (int b = 0; b < bulkLots.size(); b++) {
                int perLot = stage.bulk().get(b).ordersPerLot();
                parents[inputs[j].length + b] = bulkLots.get(b)[perLot == Bulk.ALL ? 0 : j / perLot];
            }
            int item = items[random.nextInt(items.length)];
            made[j] = net.add(shapeIndex, Kind.MADE, stageNo, item, at, net.items.get(item).around(random), parents);
            for (int parent : parents) {
                net.firstUse[parent] = Math.min(net.firstUse[parent], at);
            }
        }
        bulkLots.forEach(this::openBulk);
        return made;
    }

    /** A bulk lot arrives two days before its first order and holds what its orders take, with a tenth to spare. */
    private void openBulk(int[] lots) {
        for (int lot : lots) {
            net.time[lot] = net.firstUse[lot] - 2 * ShapeBuilder.DAY;
            ItemSpec material = net.itemOf(lot);
            long needed = net.uses[lot] * material.amount() * 10 / 9;
            net.quantity[lot] = (needed / material.step() + 1) * material.step();
        }
    }

    private int[][] assign(int[] previous, int orders) {
        int[] wanted = new int[orders];
        long slots = 0;
        for (int j = 0; j < orders; j++) {
            wanted[j] = stage.inputsMin() + random.nextInt(stage.inputsMax() - stage.inputsMin() + 1);
            slots += wanted[j];
        }
        long[] keyed = new long[Math.toIntExact(slots)];
        int n = 0;
        for (int k = 0; k < previous.length; k++) {
            long copies = slots / previous.length + (random.nextInt(previous.length) < slots % previous.length ? 1 : 0);
            for (int c = 0; c < copies && n < keyed.length; c++) {
                long key = (long) ((k + random.nextDouble() * window) * 1024);
                keyed[n++] = key << 24 | k;
            }
        }
        Arrays.sort(keyed, 0, n);
        int[][] inputs = new int[orders][];
        LinkedList<Integer> waiting = new LinkedList<>();
        int cursor = 0;
        for (int j = 0; j < orders; j++) {
            List<Integer> chosen = new ArrayList<>(wanted[j]);
            for (Iterator<Integer> it = waiting.iterator(); it.hasNext() && chosen.size() < wanted[j]; ) {
                Integer k = it.next();
                if (!chosen.contains(k)) {
                    chosen.add(k);
                    it.remove();
                }
            }
            while (chosen.size() < wanted[j] && cursor < n) {
                int k = (int) (keyed[cursor++] & 0xFFFFFF);
                if (chosen.contains(k)) {
                    waiting.add(k);
                } else {
                    chosen.add(k);
                }
            }
            while (chosen.size() < wanted[j]) {
                int k = Math.max(0, previous.length - 1 - random.nextInt(Math.min(previous.length, window + 1)));
                if (!chosen.contains(k) || chosen.size() >= previous.length) {
                    chosen.add(k);
                }
            }
            inputs[j] = chosen.stream().mapToInt(k -> previous[k]).distinct().toArray();
        }
        return inputs;
    }
}
