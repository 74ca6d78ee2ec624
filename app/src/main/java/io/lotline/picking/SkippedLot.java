package io.lotline.picking;

/** Stock an order line did not get, and why: "on hold", "expires 2026-11-30, before the ship date 2026-12-01". */
public record SkippedLot(String lotNumber, String location, String pallet, String rule, String reason) {
}
