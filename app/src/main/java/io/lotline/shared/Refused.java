package io.lotline.shared;

/** A business policy refuses the request: a short-dated receipt, a lot on hold, a missing role for an override. */
public non-sealed class Refused extends LotlineException {
    public Refused(String field, Object value, String rule, String message) {
        super(field, value, rule, message);
    }
}
