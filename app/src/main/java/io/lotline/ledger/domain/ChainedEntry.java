package io.lotline.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An entry exactly as stored, the form its hash is computed over. Ids, not codes: ids never change, codes of
 * master data might be renamed.
 */
public record ChainedEntry(long seq, String commandId, String type, long lotId, long itemId, BigDecimal quantity,
                           String unit, BigDecimal baseQuantity, Long fromLocationId, Long fromContainerId,
                           Long toLocationId, Long toContainerId, Long partyId, String purchaseOrder,
                           String customerOrder, String shipment, String productionOrder, String deliveryNote,
                           String reasonCode, String note, String attribute, String oldValue, String newValue,
                           Long correctsEntryId, String serials, String actor, Instant occurredAt,
                           Instant recordedAt, String prevHash) {
}
