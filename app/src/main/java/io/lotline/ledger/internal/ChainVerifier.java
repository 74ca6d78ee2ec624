package io.lotline.ledger.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.domain.EntryHash;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Walks the ledger in chain order and recomputes every hash. Reports the first entry whose stored values no longer
 * give its stored hash, whose link to the previous entry is wrong, or that is missing from the sequence. Notes the
 * stored hash at each position a checkpoint names, and the last position there is.
 */
class ChainVerifier {
    private final LedgerEntries entries;
    private final Set<Long> watched;
    private final long every;
    private final LongConsumer progress;
    private long walked;
    private final Map<Long, String> hashesAt = new HashMap<>();
    private long checked;
    private long expectedSeq = 1;
    private long lastSeq;
    private String previousHash = EntryHash.GENESIS;
    private ChainVerification broken;

    ChainVerifier(LedgerEntries entries) {
        this(entries, Set.of(), Long.MAX_VALUE, walked -> { });
    }

    /** Tells {@code progress} how many entries were walked after every {@code every} of them. */
    ChainVerifier(LedgerEntries entries, Set<Long> watched, long every, LongConsumer progress) {
        this.entries = entries;
        this.watched = watched;
        this.every = every;
        this.progress = progress;
    }

    ChainVerification verify() {
        entries.inChainOrder(stored -> {
            long seq = stored.entry().seq();
            lastSeq = seq;
            if (watched.contains(seq)) {
                hashesAt.put(seq, stored.hash());
            }
            if (broken == null) {
                check(stored, seq);
            }
            if (++walked % every == 0) {
                progress.accept(walked);
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

    /** The stored hash of each watched position that holds an entry. */
    Map<Long, String> hashesAt() {
        return hashesAt;
    }

    /** The highest position that holds an entry (0 for an empty ledger). */
    long lastSeq() {
        return lastSeq;
    }

    private void check(LedgerEntries.StoredEntry stored, long seq) {
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
    }
}
