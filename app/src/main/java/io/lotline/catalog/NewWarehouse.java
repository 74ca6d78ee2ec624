package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;

/** A warehouse to register on a site. */
public record NewWarehouse(@Code String code, @FreeText String name, @Code String site) {
    public NewWarehouse {
        code = Codes.require("code", code, 20);
        name = Codes.text("name", name, 200, true);
        site = Codes.require("site", site, 20);
    }
}
