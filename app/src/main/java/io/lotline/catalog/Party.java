package io.lotline.catalog;

import io.lotline.shared.Gln;

/** A supplier or a customer: the one step back and the one step forward that food law asks every business to know. */
public record Party(long id, String code, PartyRole role, String name, Gln gln, Address address, String phone,
                    RecallContact recallContact) {
}
