package io.lotline.ledger;

import java.time.Instant;

/**
 * The head of the audit chain signed at a moment and kept outside the database: entry {@code sequence} had hash
 * {@code hash} at {@code time}. {@code file} is where it lies; {@code publicKey} (X.509, Base64) checks the
 * {@code signature} (Ed25519, Base64).
 */
public record Checkpoint(long sequence, String hash, Instant time, String file, String publicKey,
                         String signature) {
}
