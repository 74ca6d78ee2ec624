package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Gln;
import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;

/** A site to register, with the phone number FSMA 204 prints with every location description. */
public record NewSite(@Code String code, @FreeText String name, Gln gln, @Valid Address address, @Code String plantCode,
                      @Code String phone) {
    static final int PLANT_CODE_LENGTH = 10;

    public NewSite {
        code = Codes.require("code", code, 20);
        name = Codes.text("name", name, 200, true);
        address = address == null ? Address.none() : address;
        if (plantCode == null || plantCode.isBlank()) {
            if (code.length() > PLANT_CODE_LENGTH) {
                throw new InvalidInput("plantCode", plantCode, "required-for-long-site-code", "A site whose code is "
                        + "longer than " + PLANT_CODE_LENGTH + " characters needs a plantCode of at most "
                        + PLANT_CODE_LENGTH + " (it stands for the site in generated lot numbers)");
            }
            plantCode = code;
        } else {
            plantCode = Codes.require("plantCode", plantCode, PLANT_CODE_LENGTH);
        }
        phone = Codes.phone("phone", phone);
    }

    /** A site without a phone number. */
    public NewSite(String code, String name, Gln gln, Address address, String plantCode) {
        this(code, name, gln, address, plantCode, null);
    }
}
