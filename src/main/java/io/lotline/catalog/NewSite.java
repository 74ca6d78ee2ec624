package io.lotline.catalog;

import io.lotline.shared.Gln;

/** A site to register. */
public record NewSite(String code, String name, Gln gln, Address address, String plantCode) {
    public NewSite {
        code = Codes.require("code", code, 20);
        name = Codes.text("name", name, 200, true);
        address = address == null ? Address.none() : address;
        plantCode = plantCode == null || plantCode.isBlank() ? code : Codes.require("plantCode", plantCode, 10);
    }
}
