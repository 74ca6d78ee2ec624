package io.lotline.lots;

import io.lotline.shared.Conflict;

/** Lot numbers are unique across the whole company: a number is never given twice. */
public class DuplicateLotNumber extends Conflict {
    public DuplicateLotNumber(String field, String number) {
        super(field, number, "lot-number-unique", "Lot number '" + number + "' already exists");
    }
}
