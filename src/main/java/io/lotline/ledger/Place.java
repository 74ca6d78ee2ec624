package io.lotline.ledger;

/** A location, and optionally the pallet at that location: where a quantity of a lot lies. */
public record Place(String location, String pallet) {
}
