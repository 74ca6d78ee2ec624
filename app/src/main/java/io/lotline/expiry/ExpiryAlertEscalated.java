package io.lotline.expiry;

/** Nobody acknowledged an alert in time; the escalation's recipients are notified after commit. */
public record ExpiryAlertEscalated(long alertId) {
}
