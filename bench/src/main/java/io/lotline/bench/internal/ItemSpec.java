package io.lotline.bench.internal;

import java.util.Random;

/**
 * A material or product of a shape. {@code amount} is in thousandths of the base unit: for a stage product it is the
 * usual lot size, for a bulk material the amount one order takes. Items counted in whole units (EA) move in whole
 * units only.
 */
record ItemSpec(String code, String description, String unit, long amount, int shelfLifeDays) {

    static ItemSpec kg(String code, String description, double kilograms, int shelfLifeDays) {
        return new ItemSpec(code, description, "KG", Math.round(kilograms * 1000), shelfLifeDays);
    }

    static ItemSpec each(String code, String description, long units, int shelfLifeDays) {
        return new ItemSpec(code, description, "EA", units * 1000, shelfLifeDays);
    }

    /** A lot of about the usual size: 80 to 120 percent of it, in whole steps. */
    long around(Random random) {
        long amount = Math.round(amount() * (0.8 + 0.4 * random.nextDouble()));
        return Math.max(step(), amount / step() * step());
    }

    /** The smallest amount that moves: one gram of a KG item, one unit of an EA item, in thousandths. */
    long step() {
        return "EA".equals(unit) ? 1000 : 1;
    }
}
