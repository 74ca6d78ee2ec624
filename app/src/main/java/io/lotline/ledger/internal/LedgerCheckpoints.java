package io.lotline.ledger.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Checkpoint;
import io.lotline.ledger.Checkpoints;
import io.lotline.ledger.domain.SignedHead;
import io.lotline.ledger.internal.CheckpointDirectory.Stored;
import io.lotline.shared.Conflict;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's head and files it. Before signing, the head must still agree with every checkpoint written
 * before: a rewound chain is never blessed by a new checkpoint.
 */
@Service
class LedgerCheckpoints implements Checkpoints {
    private final LedgerEntries entries;
    private final CheckpointKey key;
    private final CheckpointDirectory directory;
    private final Clock clock;

    LedgerCheckpoints(LedgerEntries entries, CheckpointKey key, CheckpointDirectory directory, Clock clock) {
        this.entries = entries;
        this.key = key;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Checkpoint write() {
        LedgerEntries.ChainHead head = entries.head();
        List<Stored> before = directory.all(key.pair().getPublic());
        Set<Long> signed = before.stream().filter(Stored::genuine).map(Stored::sequence)
                .collect(Collectors.toCollection(HashSet::new));
        signed.add(head.seq());
        Map<Long, String> hashes = entries.hashesAt(signed);
        long last = entries.lastSeq();
        ChainVerification agreement = CheckpointCheck.against(ChainVerification.intact(last), before, key, hashes,
                last);
        if (last != head.seq() || (head.seq() > 0 && !head.hash().equals(hashes.get(head.seq())))
                || !agreement.intact()) {
            throw new Conflict(null, head.seq(), "chain-agrees-with-checkpoints", "The chain head (entry "
                    + head.seq() + ") is not signed: " + (agreement.intact() ? "it does not match the last entry"
                    : agreement.problem()) + ". Run verify-ledger.");
        }
        SignedHead now = SignedHead.sign(head.seq(), head.hash(), clock.instant(), key.pair().getPrivate());
        Stored written = directory.write(now, key.publicKey(), key.pair().getPublic());
        if (!written.genuine()) {
            throw new IllegalStateException("The checkpoint file " + written.file() + " holds something else: "
                    + written.refused());
        }
        return written.checkpoint();
    }

    /** The checkpoint files as read now, each checked with the key (none when there is no key to check with). */
    List<Stored> stored() {
        return directory.all(key.exists() ? key.pair().getPublic() : null);
    }
}
