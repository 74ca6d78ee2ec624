package io.lotline.ledger.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.domain.EntryHash;

/**
 * Walks the ledger in chain order and recomputes every hash. Reports the first entry whose stored values no longer
 * give its stored hash, whose link to the previous entry is wrong, or that is missing from the sequence.
 */
class ChainVerifier {
    private final LedgerEntries entries;
    private long checked;
    private long expectedSeq = 1;
    private String previousHash = EntryHash.GENESIS;
    private ChainVerification broken;

    ChainVerifier(LedgerEntries entries) {
        this.entries = entries;
    }

    ChainVerification verify() {
        entries.inChainOrder(stored -> {
            if (broken != null) {
                return;
            }
            long seq = stored.entry().seq();
            if (seq != expectedSeq) {
                broken = ChainVerification.broken(checked, expectedSeq, null,
                        "entry " + expectedSeq + " of the chain is missing");
            } else if (!stored.entry().prevHash().equals(previousHash)) {
                broken = ChainVerification.broken(checked, seq, stored.id(),
                        "its link to the previous entry does not match the previous entry's hash");
            } else if (!EntryHash.of(stored.entry()).equals(stored.hash())) {
                broken = ChainVerification.broken(checked, seq, stored.id(),
                        "its stored values do not give its stored hash: the entry was altered");
            } else {
                checked++;
                expectedSeq++;
                previousHash = stored.hash();
            }
        });
        if (broken != null) {
            return broken;
        }
        LedgerEntries.ChainHead head = entries.head();
        if (head.seq() != checked || !head.hash().equals(previousHash)) {
            return ChainVerification.broken(checked, checked + 1, null,
                    "the chain head records " + head.seq() + " entries; entries after " + checked + " are missing");
        }
        return ChainVerification.intact(checked);
    }
}
