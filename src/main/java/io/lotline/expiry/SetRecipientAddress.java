package io.lotline.expiry;

/** The address to send a user's alerts to. */
public record SetRecipientAddress(String email) {
    public SetRecipientAddress {
        email = Addresses.email("email", email);
    }
}
