package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Gln;
import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;

/** A trading partner to register. */
public record NewParty(@Code String code, PartyRole role, @FreeText String name, Gln gln, @Valid Address address,
                       @Code String phone, @Valid RecallContact recallContact) {
    public NewParty {
        code = Codes.require("code", code, 40);
        if (role == null) {
            throw new InvalidInput("role", null, "required", "A party is a SUPPLIER or a CUSTOMER");
        }
        name = Codes.text("name", name, 200, true);
        address = address == null ? Address.none() : address;
        phone = Codes.phone("phone", phone);
        recallContact = recallContact == null ? RecallContact.none() : recallContact;
    }
}
