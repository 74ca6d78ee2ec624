package io.lotline.picking;

import io.lotline.shared.InvalidInput;

/** A minimum remaining shelf life in days, as a customer states it; {@code null} removes the requirement. */
public record ShelfLifeMinimum(Integer minimumRemainingDays) {
    public ShelfLifeMinimum {
        if (minimumRemainingDays != null && (minimumRemainingDays < 0 || minimumRemainingDays > 3650)) {
            throw new InvalidInput("minimumRemainingDays", minimumRemainingDays, "shelf-life-days-range",
                    "A minimum remaining shelf life is 0 to 3650 days");
        }
    }
}
