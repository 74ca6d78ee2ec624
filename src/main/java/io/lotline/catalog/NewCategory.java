package io.lotline.catalog;

/** A category to register. */
public record NewCategory(String code, String name, PickingStrategy pickingStrategy) {
    public NewCategory {
        code = Codes.require("code", code, 40);
        name = Codes.text("name", name, 200, true);
        pickingStrategy = pickingStrategy == null ? PickingStrategy.FEFO : pickingStrategy;
    }
}
