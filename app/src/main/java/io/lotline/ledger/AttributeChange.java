package io.lotline.ledger;

/** A lot attribute or the status as it was and as it is after the entry. */
public record AttributeChange(String attribute, String oldValue, String newValue) {
}
