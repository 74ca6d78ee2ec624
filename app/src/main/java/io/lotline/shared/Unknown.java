package io.lotline.shared;

/** Something the request names does not exist: an item, a location, a lot, a party. */
public non-sealed class Unknown extends LotlineException {
    public Unknown(String what, String field, Object value) {
        super(field, value, "must-exist", "Unknown " + what + " '" + value + "'");
    }
}
