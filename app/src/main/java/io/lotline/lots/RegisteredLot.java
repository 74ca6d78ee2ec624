package io.lotline.lots;

import io.lotline.shared.LotNumber;

/** A lot just created in bulk: its id and the number it was given. */
public record RegisteredLot(long id, LotNumber number) {
}
