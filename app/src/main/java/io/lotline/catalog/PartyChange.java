package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Gln;
import jakarta.validation.Valid;

/**
 * What may change of a registered supplier or customer: its name, GLN, address, phone and recall contact. Its code
 * and its role stay: lots, shipments and recalls name it by them.
 */
public record PartyChange(@FreeText String name, Gln gln, @Valid Address address, @Code String phone,
                          @Valid RecallContact recallContact) {
    public PartyChange {
        name = Codes.text("name", name, 200, true);
        address = address == null ? Address.none() : address;
        phone = Codes.phone("phone", phone);
        recallContact = recallContact == null ? RecallContact.none() : recallContact;
    }

    public static PartyChange of(Party party) {
        return new PartyChange(party.name(), party.gln(), party.address(), party.phone(), party.recallContact());
    }
}
