package io.lotline.expiry;

import java.time.Instant;

/** The e-mail address at which a user hears of the alerts sent to their role. */
public record RecipientAddress(String username, String email, Instant updatedAt, String updatedBy) {
}
