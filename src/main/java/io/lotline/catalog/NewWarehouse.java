package io.lotline.catalog;

/** A warehouse to register on a site. */
public record NewWarehouse(String code, String name, String site) {
    public NewWarehouse {
        code = Codes.require("code", code, 20);
        name = Codes.text("name", name, 200, true);
        site = Codes.require("site", site, 20);
    }
}
