package io.lotline.expiry;

import io.lotline.shared.Code;

/** The address to send a user's alerts to. */
public record SetRecipientAddress(@Code String email) {
    public SetRecipientAddress {
        email = Addresses.email("email", email);
    }
}
