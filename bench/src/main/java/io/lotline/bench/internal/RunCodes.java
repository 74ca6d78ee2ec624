package io.lotline.bench.internal;

/**
 * The codes of one run: every lot number and document number starts with the run prefix ({@code BR7}) and the shape
 * ({@code G2}), and ends with the lot's index in the network, so the rows of a run are found by prefix and their
 * ids read back by index, whatever else is in the database.
 */
final class RunCodes {
    private final Network net;
    private final String[] shapePrefix;

    RunCodes(String prefix, Network net) {
        this.net = net;
        this.shapePrefix = net.shapes.stream().map(shape -> prefix + "-" + shape.code()).toArray(String[]::new);
    }

    String lotNumber(int lot) {
        return shapePrefix[net.shape[lot]] + "-" + String.format("%08d", lot);
    }

    /** PO purchase order, DN delivery note, MO production order, SP split, CO customer order, SH shipment, PAL pallet. */
    String document(int lot, String kind) {
        return shapePrefix[net.shape[lot]] + "-" + kind + "-" + lot;
    }

    /** The pattern that finds every lot number of a shape, for reading their ids back. */
    String lotNumbers(int shapeIndex) {
        return shapePrefix[shapeIndex] + "-%";
    }

    String documents(int shapeIndex, String kind) {
        return shapePrefix[shapeIndex] + "-" + kind + "-%";
    }

    /** The network index at the end of a lot number or document number. */
    static int index(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }
}
