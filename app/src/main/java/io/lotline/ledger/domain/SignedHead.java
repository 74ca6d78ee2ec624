package io.lotline.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The head of the audit chain at a moment (how many entries, the hash of the last, when), signed with Ed25519 by a
 * key the database does not hold. A copy kept outside the database proves what the ledger held by then: a chain that
 * later ends earlier, or has another entry at that position, was rewound.
 */
public record SignedHead(long sequence, String hash, Instant time, String signature) {
    public static final String ALGORITHM = "Ed25519";

    public SignedHead {
        if (sequence < 0 || hash == null || hash.length() != 64 || time == null || signature == null) {
            throw new IllegalArgumentException("A signed head needs a sequence, a SHA-256 hash, a time and a signature");
        }
    }

    public static SignedHead sign(long sequence, String hash, Instant time, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(payload(sequence, hash, time));
            return new SignedHead(sequence, hash, time, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the chain head with " + ALGORITHM, e);
        }
    }

    /** Whether this head, exactly as it reads, was signed with the private half of {@code key}. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload(sequence, hash, time));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What is signed: every field by name, one a line, the time as ISO-8601 in UTC. */
    static byte[] payload(long sequence, String hash, Instant time) {
        return ("lotline-checkpoint/1\nsequence:" + sequence + "\nhash:" + hash + "\ntime:" + time + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
