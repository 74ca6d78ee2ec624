package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;

/** A location to register in a warehouse, optionally inside a parent location. */
public record NewLocation(@Code String code, @FreeText String name, @Code String warehouse, @Code String parent,
                          boolean pickable, boolean quarantine) {
    public NewLocation {
        code = Codes.require("code", code, 40);
        name = Codes.text("name", name, 200, false);
        warehouse = Codes.require("warehouse", warehouse, 20);
        parent = parent == null || parent.isBlank() ? null : Codes.require("parent", parent, 40);
    }
}
