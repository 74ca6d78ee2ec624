package io.lotline.shared;

/** The request itself is malformed: a value breaks a rule that needs nothing but the value to check. */
public non-sealed class InvalidInput extends LotlineException {
    public InvalidInput(String field, Object value, String rule, String message) {
        super(field, value, rule, message);
    }
}
