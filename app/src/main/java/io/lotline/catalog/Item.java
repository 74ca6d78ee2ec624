package io.lotline.catalog;

import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A product or material the warehouse stores: flour in KG, croissants in EA, a device tracked by serial. It says how
 * its lots are tracked, how long they keep, how short-dated a delivery may be, and in which order they are picked.
 * Stock is always kept in the base unit; alternative units convert exactly.
 */
public record Item(
        long id,
        String sku,
        Gtin gtin,
        String description,
        UnitOfMeasure baseUnit,
        List<UnitConversion> alternativeUnits,
        TrackingPolicy tracking,
        Integer shelfLifeDays,
        ExpiryKind expiryKind,
        PickingStrategy pickingStrategy,
        String category,
        Integer minRemainingShelfLifeAtReceiptDays,
        InitialLotStatus initialLotStatus,
        String lotNumberFormat,
        String lotCode) {

    public Item {
        alternativeUnits = List.copyOf(alternativeUnits);
    }

    /** The same quantity in the base unit, exactly; a unit the item does not know is refused. */
    public Quantity toBase(Quantity quantity, String field) {
        if (quantity.unit().equals(baseUnit)) {
            return quantity;
        }
        return alternativeUnits.stream()
                .filter(conversion -> conversion.unit().equals(quantity.unit()))
                .findFirst()
                .map(conversion -> inBaseUnit(quantity.amount().multiply(conversion.baseUnitsPerUnit()), field))
                .orElseThrow(() -> new InvalidInput(field, quantity.unit().code(), "unit-allowed-for-item",
                        "Item " + sku + " is kept in " + allowedUnits()));
    }

    /**
     * A quantity as the user booked it, with its base-unit equivalent where the units differ: {@code 2 BAG (50 KG)};
     * {@code 50 KG} when booked in the base unit.
     */
    public String asBooked(Quantity booked) {
        return booked.unit().equals(baseUnit) ? booked.toString() : booked + " (" + toBase(booked, "quantity") + ")";
    }

    /**
     * A base-unit quantity as it reads in {@code unit}, with the base quantity beside it where the units differ:
     * 50 KG in BAG of 25 reads {@code 2 BAG (50 KG)}; an amount that is no exact number of that unit reads in the base
     * unit alone.
     */
    public String asBookedIn(UnitOfMeasure unit, Quantity base) {
        if (unit.equals(baseUnit) || !base.unit().equals(baseUnit)) {
            return base.toString();
        }
        return alternativeUnits.stream().filter(conversion -> conversion.unit().equals(unit)).findFirst()
                .flatMap(conversion -> exactly(base.amount(), conversion.baseUnitsPerUnit()))
                .map(amount -> new Quantity(amount, unit) + " (" + base + ")")
                .orElse(base.toString());
    }

    private static Optional<BigDecimal> exactly(BigDecimal amount, BigDecimal perUnit) {
        try {
            BigDecimal units = amount.divide(perUnit);
            return units.stripTrailingZeros().scale() > Quantity.SCALE ? Optional.empty()
                    : Optional.of(units);
        } catch (ArithmeticException notExact) {
            return Optional.empty();
        }
    }

    private Quantity inBaseUnit(BigDecimal amount, String field) {
        if (amount.stripTrailingZeros().scale() > Quantity.SCALE) {
            throw new InvalidInput(field, amount.stripTrailingZeros().toPlainString(), "base-unit-precision",
                    "This is " + amount.stripTrailingZeros().toPlainString() + " " + baseUnit + "; stock of " + sku
                            + " is kept to " + Quantity.SCALE + " decimals of " + baseUnit);
        }
        return new Quantity(amount, baseUnit);
    }

    public String allowedUnits() {
        StringBuilder units = new StringBuilder(baseUnit.code());
        alternativeUnits.forEach(conversion -> units.append(", ").append(conversion.unit().code()));
        return units.toString();
    }

    /** The expiry a lot gets when the supplier printed none: production date plus shelf life. */
    public LocalDate expiryFrom(LocalDate productionDate) {
        return shelfLifeDays == null || productionDate == null ? null : productionDate.plusDays(shelfLifeDays);
    }

    public boolean isTracked() { return tracking != TrackingPolicy.UNTRACKED; }

    /** Whole base units are needed to name serials: 3 EA can carry 3 serial numbers, 2.5 EA cannot. */
    public int serialCount(Quantity baseQuantity, String field) {
        BigDecimal amount = baseQuantity.amount().stripTrailingZeros();
        if (amount.scale() > 0) {
            throw new InvalidInput(field, amount.toPlainString(), "serial-whole-units",
                    "Items tracked by serial move in whole units");
        }
        if (amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new InvalidInput(field, amount.toPlainString(), "serial-count-range",
                    "At most 1,000,000 serial-numbered units move in one booking");
        }
        return amount.intValueExact();
    }
}
