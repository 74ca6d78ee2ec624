package io.lotline.expiry;

import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A warning that a lot with stock on hand will expire: raised once per lot and level, with what was on hand then.
 * It stays open until someone acknowledges it and escalates when nobody does in time. Critical items are marked.
 */
public record ExpiryAlert(long id, String lotNumber, String sku, LocalDate expiryDate, int daysBeforeExpiry,
                          boolean critical, Quantity onHand, AlertStatus status, long ruleId, Instant raisedAt,
                          Instant escalateAt, Instant escalatedAt, Acknowledgement acknowledgement) {
}
