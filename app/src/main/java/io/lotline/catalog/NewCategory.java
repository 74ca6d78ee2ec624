package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;

/** A category to register. */
public record NewCategory(@Code String code, @FreeText String name, PickingStrategy pickingStrategy) {
    public NewCategory {
        code = Codes.require("code", code, 40);
        name = Codes.text("name", name, 200, true);
        pickingStrategy = pickingStrategy == null ? PickingStrategy.FEFO : pickingStrategy;
    }
}
