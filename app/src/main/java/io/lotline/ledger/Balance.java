package io.lotline.ledger;

import io.lotline.shared.Quantity;

/** How much of a lot lies at a location, on a pallet or loose, in the item's base unit. */
public record Balance(String lotNumber, String sku, String location, String pallet, Quantity quantity) {
}
