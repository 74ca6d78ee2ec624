package io.lotline.expiry;

/** A sweep raised an alert; its recipients are notified once the sweep's transaction has committed. */
public record ExpiryAlertRaised(long alertId) {
}
