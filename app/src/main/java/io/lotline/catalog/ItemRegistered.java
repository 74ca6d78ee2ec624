package io.lotline.catalog;

/**
 * An item was just registered, in the transaction still open. A capability that keeps a row of its own per item
 * creates it here, so the row exists from the moment the item does: the ledger creates the item's lock.
 */
public record ItemRegistered(long itemId, String sku) {
}
