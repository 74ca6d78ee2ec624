package io.lotline.catalog;

import io.lotline.shared.Gln;
import io.lotline.shared.InvalidInput;

/** A trading partner to register. */
public record NewParty(String code, PartyRole role, String name, Gln gln, Address address, String phone,
                       RecallContact recallContact) {
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
