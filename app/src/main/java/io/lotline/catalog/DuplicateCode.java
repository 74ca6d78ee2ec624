package io.lotline.catalog;

import io.lotline.shared.Conflict;

/** A code (SKU, GTIN, location, party) that is already taken. */
public class DuplicateCode extends Conflict {
    public DuplicateCode(String field, Object value) {
        super(field, value, "unique", "'" + value + "' is already registered");
    }
}
