package io.lotline.catalog;

/** A location to register in a warehouse, optionally inside a parent location. */
public record NewLocation(String code, String name, String warehouse, String parent, boolean pickable,
                          boolean quarantine) {
    public NewLocation {
        code = Codes.require("code", code, 40);
        name = Codes.text("name", name, 200, false);
        warehouse = Codes.require("warehouse", warehouse, 20);
        parent = parent == null || parent.isBlank() ? null : Codes.require("parent", parent, 40);
    }
}
