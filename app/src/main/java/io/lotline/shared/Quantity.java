package io.lotline.shared;

import java.math.BigDecimal;

/**
 * An exact amount in a unit. Never floating point: a mass balance must come out to the last gram. Amounts carry at
 * most {@value #SCALE} decimals, which is what the database stores.
 */
public record Quantity(BigDecimal amount, UnitOfMeasure unit) {
    public static final int SCALE = 6;

    public Quantity {
        if (amount == null) {
            throw new InvalidInput("quantity", null, "required", "A quantity is required");
        }
        if (unit == null) {
            throw new InvalidInput("unit", null, "required", "A quantity needs a unit");
        }
        if (amount.signum() < 0) {
            throw new InvalidInput("quantity", amount, "quantity-not-negative", "A quantity cannot be negative");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidInput("quantity", amount, "quantity-scale",
                    "A quantity has at most " + SCALE + " decimals");
        }
        if (amount.precision() - amount.scale() > 13) {
            throw new InvalidInput("quantity", amount, "quantity-range", "A quantity has at most 13 integer digits");
        }
        amount = amount.setScale(SCALE);
    }

    public static Quantity of(String amount, String unit) {
        return new Quantity(new BigDecimal(amount), UnitOfMeasure.of(unit));
    }

    public static Quantity of(BigDecimal amount, UnitOfMeasure unit) {
        return new Quantity(amount, unit);
    }

    /** A quantity that must move stock: strictly positive. */
    public Quantity requirePositive(String field) {
        if (amount.signum() <= 0) {
            throw new InvalidInput(field, amount.stripTrailingZeros().toPlainString(), "quantity-positive",
                    "The quantity must be greater than zero");
        }
        return this;
    }

    public boolean isZero() { return amount.signum() == 0; }

    public Quantity plus(Quantity other) {
        sameUnit(other);
        return new Quantity(amount.add(other.amount), unit);
    }

    public Quantity minus(Quantity other) {
        sameUnit(other);
        return new Quantity(amount.subtract(other.amount), unit);
    }

    public boolean isLessThan(Quantity other) {
        sameUnit(other);
        return amount.compareTo(other.amount) < 0;
    }

    private void sameUnit(Quantity other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("Cannot combine " + unit + " with " + other.unit);
        }
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
