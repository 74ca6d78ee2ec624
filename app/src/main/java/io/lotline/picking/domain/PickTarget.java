package io.lotline.picking.domain;

/**
 * The stock a pick sends the operator to: the lot, the location, the pallet ({@code null} for loose stock), and the
 * item with its GTIN ({@code null} when the item has none, in which case a label's GTIN is not compared), and the
 * supplier's own number of the lot ({@code null} when it has none), which the supplier's label carries as its lot.
 */
public record PickTarget(String lotNumber, String location, String pallet, String sku, String gtin,
                         String supplierLot) {
}
