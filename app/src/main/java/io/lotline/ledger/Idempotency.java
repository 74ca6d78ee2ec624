package io.lotline.ledger;

import java.util.function.Supplier;

/**
 * Runs a booking once per client key. The same key with the same request returns the first answer without booking
 * again; the same key with another request is an {@link IdempotencyConflict}. Must run inside the booking's
 * transaction.
 */
public interface Idempotency {
    <T> T once(String key, String operation, Object request, Class<T> answerType, Supplier<T> booking);
}
