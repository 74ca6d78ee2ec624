package io.lotline.outbound;

import java.time.Instant;

/**
 * One attempt to deliver one event to one subscriber: {@code deliveryId} is the same on every attempt of the same
 * event (the receiver's key to drop duplicates); {@code outcome} is SENT or FAILED, {@code detail} what happened.
 */
public record DeliveryAttempt(long messageId, String deliveryId, String eventType, int attempt, String outcome,
                              String detail, Instant attemptedAt) {
}
