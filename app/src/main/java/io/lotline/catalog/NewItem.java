package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.UnitOfMeasure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the master-data team states about a new item. */
public record NewItem(
        @Code String sku,
        Gtin gtin,
        @FreeText String description,
        UnitOfMeasure baseUnit,
        List<UnitConversion> alternativeUnits,
        TrackingPolicy tracking,
        Integer shelfLifeDays,
        ExpiryKind expiryKind,
        PickingStrategy pickingStrategy,
        @Code String category,
        Integer minRemainingShelfLifeAtReceiptDays,
        InitialLotStatus initialLotStatus,
        @Code String lotNumberFormat,
        @Code String lotCode) {

    public NewItem {
        sku = Codes.require("sku", sku, 40);
        description = Codes.text("description", description, 200, true);
        if (baseUnit == null) {
            throw new InvalidInput("baseUnit", null, "required", "An item needs a base unit");
        }
        alternativeUnits = alternativeUnits == null ? List.of() : List.copyOf(alternativeUnits);
        Set<UnitOfMeasure> seen = new HashSet<>(Set.of(baseUnit));
        for (int i = 0; i < alternativeUnits.size(); i++) {
            if (!seen.add(alternativeUnits.get(i).unit())) {
                throw new InvalidInput("alternativeUnits[" + i + "].unit", alternativeUnits.get(i).unit().code(),
                        "unit-unique", "Each unit of an item is named once");
            }
        }
        requireNonNegative("shelfLifeDays", shelfLifeDays);
        requireNonNegative("minRemainingShelfLifeAtReceiptDays", minRemainingShelfLifeAtReceiptDays);
        if (minRemainingShelfLifeAtReceiptDays != null && shelfLifeDays != null
                && minRemainingShelfLifeAtReceiptDays > shelfLifeDays) {
            throw new InvalidInput("minRemainingShelfLifeAtReceiptDays", minRemainingShelfLifeAtReceiptDays,
                    "not-above-shelf-life", "The minimum remaining shelf life at receipt cannot exceed the shelf life ("
                            + shelfLifeDays + " days)");
        }
        if (shelfLifeDays != null && expiryKind == null) {
            expiryKind = ExpiryKind.BEST_BEFORE;
        }
        initialLotStatus = initialLotStatus == null ? InitialLotStatus.QUARANTINE : initialLotStatus;
        category = category == null || category.isBlank() ? null : category.trim();
        // an item of a category may take its tracking from the category's batch policy when registered
        tracking = tracking == null && category == null ? TrackingPolicy.LOT : tracking;
        lotNumberFormat = lotNumberFormat == null || lotNumberFormat.isBlank() ? null : lotNumberFormat.trim();
        lotCode = lotCode == null || lotCode.isBlank() ? sku : Codes.require("lotCode", lotCode, 20);
    }

    /** The same item with the tracking and picking strategy it is registered with. */
    public NewItem withTrackingAndPicking(TrackingPolicy tracking, PickingStrategy pickingStrategy) {
        return new NewItem(sku, gtin, description, baseUnit, alternativeUnits, tracking, shelfLifeDays, expiryKind,
                pickingStrategy, category, minRemainingShelfLifeAtReceiptDays, initialLotStatus, lotNumberFormat,
                lotCode);
    }

    static void requireNonNegative(String field, Integer days) {
        if (days != null && days < 0) {
            throw new InvalidInput(field, days, "days-not-negative", "A number of days cannot be negative");
        }
    }
}
