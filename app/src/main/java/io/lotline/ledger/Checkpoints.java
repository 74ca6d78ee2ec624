package io.lotline.ledger;

/**
 * Anchors the audit chain outside the database: signs its head with a key the database does not hold and writes it
 * to the checkpoint directory, on a schedule and on demand. {@link Ledger#verify()} checks the chain against them.
 */
public interface Checkpoints {

    /**
     * Signs the chain's head now and writes it, one file per head; when a file for this head exists already (another
     * instance wrote it), that one is returned. Refuses to sign a head that contradicts the latest checkpoint.
     */
    Checkpoint write();
}
