package io.lotline.ledger;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.TextRule;
import java.time.Instant;

/**
 * What every booking command carries: the client's idempotency key (a retried scan books once) and, optionally,
 * when the fact happened on the floor if it is reported late. The key is stored with the booking, so it is held to the
 * code rule like every identifier.
 */
public record BookingContext(String idempotencyKey, Instant occurredAt) {
    public BookingContext {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInput("Idempotency-Key", idempotencyKey, "required",
                    "Every booking carries an Idempotency-Key header chosen by the client, so a retry books once");
        }
        if (idempotencyKey.length() > 200) {
            throw new InvalidInput("Idempotency-Key", idempotencyKey, "idempotency-key-length",
                    "An idempotency key has at most 200 characters");
        }
        TextRule.CODE.check("Idempotency-Key", idempotencyKey);
    }
}
