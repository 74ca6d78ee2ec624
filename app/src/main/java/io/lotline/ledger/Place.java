package io.lotline.ledger;

import io.lotline.shared.Code;

/** A location, and optionally the pallet at that location: where a quantity of a lot lies. */
public record Place(@Code String location, @Code String pallet) {
}
