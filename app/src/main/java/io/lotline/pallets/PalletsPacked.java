package io.lotline.pallets;

/**
 * Published, in the packing's transaction, whenever pallets are packed or unpacked: what was recorded, under which
 * idempotency key, and the EPCIS event that said so ({@code eventId}), if one did.
 */
public record PalletsPacked(Packing packing, String idempotencyKey, String eventId) {
}
