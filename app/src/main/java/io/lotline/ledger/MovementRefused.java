package io.lotline.ledger;

import io.lotline.shared.Refused;

/** A policy forbids this movement of this lot now: it is not released, it is expired, it is in quarantine. */
public class MovementRefused extends Refused {
    public MovementRefused(String field, Object value, String rule, String reason) {
        super(field, value, rule, reason);
    }
}
