package io.lotline.picking.domain;

/**
 * The stock a pick sends the operator to: the lot, the location, the pallet ({@code null} for loose stock), and the
 * item with its GTIN ({@code null} when the item has none, in which case a label's GTIN is not compared).
 */
public record PickTarget(String lotNumber, String location, String pallet, String sku, String gtin) {
}
