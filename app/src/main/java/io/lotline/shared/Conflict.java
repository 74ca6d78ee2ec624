package io.lotline.shared;

/** The request is well formed but collides with the current state: not enough stock, a duplicate, a replay. */
public non-sealed class Conflict extends LotlineException {
    public Conflict(String field, Object value, String rule, String message) {
        super(field, value, rule, message);
    }
}
