package io.lotline.ledger.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Checkpoint;
import io.lotline.ledger.internal.CheckpointDirectory.Stored;
import java.util.List;
import java.util.Map;

/**
 * Holds the chain against the checkpoints written outside the database. Each genuine checkpoint says that entry
 * {@code sequence} had hash {@code hash}: a chain that now ends before it was truncated or rewound, one with another
 * hash there was rewound and rebooked or rewritten. A checkpoint file whose signature does not verify is refused and
 * reported, never trusted. The first contradiction (the earliest) is named.
 */
final class CheckpointCheck {
    private CheckpointCheck() {
    }

    static ChainVerification against(ChainVerification chain, List<Stored> stored, CheckpointKey key,
                                     Map<Long, String> hashesAt, long lastSeq) {
        if (stored.isEmpty()) {
            return chain;
        }
        if (!key.exists()) {
            return chain.withCheckpoints(null, null, stored.size() + " checkpoint files cannot be checked: the "
                    + "checkpoint key " + key.file() + " is missing");
        }
        List<Checkpoint> genuine = stored.stream().filter(Stored::genuine).map(Stored::checkpoint).toList();
        Checkpoint latest = genuine.isEmpty() ? null : genuine.get(genuine.size() - 1);
        String refused = stored.stream().filter(file -> !file.genuine()).findFirst()
                .map(file -> "checkpoint file " + file.file() + " was refused: " + file.refused()).orElse(null);
        for (Checkpoint c : genuine) {
            String signed = "checkpoint " + c.file() + " signed entry " + c.sequence()
                    + " with hash " + c.hash() + " at " + c.time();
            String now = hashesAt.get(c.sequence());
            if (c.sequence() > lastSeq) {
                return chain.withCheckpoints(latest, c.sequence(), and("the ledger was truncated or rewound: "
                        + signed + ", but the chain now ends at entry " + lastSeq, refused));
            }
            if (c.sequence() > 0 && !c.hash().equals(now)) {
                return chain.withCheckpoints(latest, c.sequence(), and("the ledger was rewound or rewritten: "
                        + signed + ", but entry " + c.sequence() + (now == null ? " is missing" : " now has hash "
                        + now), refused));
            }
        }
        return chain.withCheckpoints(latest, null, refused);
    }

    private static String and(String first, String second) {
        return second == null ? first : first + "; " + second;
    }
}
