package io.lotline.bench.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generated network in memory, before and while it is booked: every lot as a row of plain arrays (millions of
 * lots fit in a few hundred megabytes), and the parents of every lot made, in creation order. A lot's parents are
 * always created before it, so the network is a DAG by construction.
 */
final class Network {
    /** How a lot came to be: received for a stage, a bulk material, made by an order, or split onto a pallet. */
    enum Kind { RAW, BULK, MADE, PALLET }

    private static final Kind[] KINDS = Kind.values();

    final List<ItemSpec> items = new ArrayList<>();
    /** The shape each item belongs to: the same material in two shapes is two items of two plants. */
    final List<Integer> itemShape = new ArrayList<>();
    final List<ShapeSpec> shapes = new ArrayList<>();
    int size;
    byte[] shape;
    byte[] kind;
    byte[] stage;
    int[] item;
    /** When the lot was received or made, in epoch seconds. */
    long[] time;
    /** The quantity it was received or made with, in thousandths of its base unit. */
    long[] quantity;
    /** How many orders take from it, and the earliest of them (epoch seconds; Long.MAX_VALUE if none). */
    int[] uses;
    long[] firstUse;
    private int[] parentStart;
    private int[] parents;
    private int parentCount;

    Network(int expectedLots) {
        int capacity = Math.max(16, expectedLots);
        shape = new byte[capacity];
        kind = new byte[capacity];
        stage = new byte[capacity];
        item = new int[capacity];
        time = new long[capacity];
        quantity = new long[capacity];
        uses = new int[capacity];
        firstUse = new long[capacity];
        parentStart = new int[capacity + 1];
        parents = new int[capacity * 3];
    }

    int addItem(ItemSpec spec, int shapeIndex) {
        items.add(spec);
        itemShape.add(shapeIndex);
        return items.size() - 1;
    }

    int addShape(ShapeSpec spec) {
        shapes.add(spec);
        return shapes.size() - 1;
    }

    /** Adds a lot with its parents and returns its index. */
    int add(int shapeIndex, Kind lotKind, int stageNo, int itemIndex, long made, long amount, int... lotParents) {
        ensure(size + 1, parentCount + lotParents.length);
        int i = size++;
        shape[i] = (byte) shapeIndex;
        kind[i] = (byte) lotKind.ordinal();
        stage[i] = (byte) stageNo;
        item[i] = itemIndex;
        time[i] = made;
        quantity[i] = amount;
        firstUse[i] = Long.MAX_VALUE;
        for (int parent : lotParents) {
            parents[parentCount++] = parent;
            uses[parent]++;
        }
        parentStart[i + 1] = parentCount;
        return i;
    }

    Kind kind(int lot) {
        return KINDS[kind[lot]];
    }

    ItemSpec itemOf(int lot) {
        return items.get(item[lot]);
    }

    int parentCount(int lot) {
        return parentStart[lot + 1] - parentStart[lot];
    }

    int parent(int lot, int n) {
        return parents[parentStart[lot] + n];
    }

    long edges() {
        return parentCount;
    }

    private void ensure(int lots, int links) {
        if (lots > shape.length) {
            int capacity = Math.max(lots, shape.length * 3 / 2);
            shape = Arrays.copyOf(shape, capacity);
            kind = Arrays.copyOf(kind, capacity);
            stage = Arrays.copyOf(stage, capacity);
            item = Arrays.copyOf(item, capacity);
            time = Arrays.copyOf(time, capacity);
            quantity = Arrays.copyOf(quantity, capacity);
            uses = Arrays.copyOf(uses, capacity);
            firstUse = Arrays.copyOf(firstUse, capacity);
            parentStart = Arrays.copyOf(parentStart, capacity + 1);
        }
        if (links > parents.length) {
            parents = Arrays.copyOf(parents, Math.max(links, parents.length * 3 / 2));
        }
    }
}
