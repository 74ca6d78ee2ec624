package io.lotline.ledger;

import io.lotline.shared.Conflict;

/** An idempotency key was used before for a different request: a client bug, never booked. */
public class IdempotencyConflict extends Conflict {
    public IdempotencyConflict(String key) {
        super("Idempotency-Key", key, "same-key-same-request",
                "This idempotency key was already used for a different request; use a new key for a new request");
    }
}
