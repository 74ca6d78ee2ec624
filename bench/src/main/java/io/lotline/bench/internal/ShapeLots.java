package io.lotline.bench.internal;

/**
 * Where one shape's lots are in the network: indices {@code first} (inclusive) to {@code end} (exclusive), pallets
 * from {@code palletsFirst}; {@code superNode} is the lot that feeds every order of its stage, or -1.
 */
record ShapeLots(int shapeIndex, ShapeSpec spec, int first, int end, int palletsFirst, int superNode) {
    int lots() {
        return end - first;
    }
}
