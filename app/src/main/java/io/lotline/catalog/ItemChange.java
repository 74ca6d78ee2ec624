package io.lotline.catalog;

import io.lotline.shared.FreeText;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;

/**
 * What the master-data team may change of a registered item: its description, its GTIN, and the dates and status new
 * lots take from it. The SKU names the item for good; its units, tracking, category, picking strategy and lot code
 * stay as registered, because stock, lot numbers and batch policies were booked under them.
 */
public record ItemChange(@FreeText String description, Gtin gtin, Integer shelfLifeDays, ExpiryKind expiryKind,
                         Integer minRemainingShelfLifeAtReceiptDays, InitialLotStatus initialLotStatus) {

    public ItemChange {
        description = Codes.text("description", description, 200, true);
        NewItem.requireNonNegative("shelfLifeDays", shelfLifeDays);
        NewItem.requireNonNegative("minRemainingShelfLifeAtReceiptDays", minRemainingShelfLifeAtReceiptDays);
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
    }

    /** The change that leaves the item as it is: where a form starts. */
    public static ItemChange of(Item item) {
        return new ItemChange(item.description(), item.gtin(), item.shelfLifeDays(), item.expiryKind(),
                item.minRemainingShelfLifeAtReceiptDays(), item.initialLotStatus());
    }
}
