package io.lotline.ledger;

import java.util.List;

/**
 * The result of re-computing the audit chain and every stock balance: how many entries were checked; if one does not
 * match, the first such entry and why (its hash differs, its link to the previous entry differs, an entry is missing,
 * or a checkpoint signed another entry there); how many balance rows differ from the sum of the entries, the first
 * {@link #LISTED} of them named; and the latest checkpoint the chain was checked against (none before the first).
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Long firstBrokenEntryId,
                                String problem, long balancesDiffering, List<BalanceDifference> balanceDifferences,
                                Checkpoint checkpoint) {
    /** How many differing balance rows are named; the rest are counted. */
    public static final int LISTED = 100;

    public ChainVerification {
        balanceDifferences = List.copyOf(balanceDifferences);
    }

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null, 0, List.of(), null);
    }

    public static ChainVerification broken(long checked, long seq, Long entryId, String problem) {
        return new ChainVerification(false, checked, seq, entryId, problem, 0, List.of(), null);
    }

    /** This chain's verdict together with the balance rows that differ from its entries. */
    public ChainVerification withBalances(long differing, List<BalanceDifference> named) {
        if (differing == 0) {
            return this;
        }
        String balances = differing + (differing == 1 ? " balance row differs" : " balance rows differ")
                + " from the sum of the entries";
        return new ChainVerification(false, entriesChecked, firstBrokenSeq, firstBrokenEntryId,
                and(problem, balances), differing, named, checkpoint);
    }

    /**
     * This verdict checked against the checkpoints: {@code latest} is the newest genuine one; {@code problem}, if any,
     * says which checkpoint the chain contradicts at position {@code seq} (or which checkpoint file was refused).
     */
    public ChainVerification withCheckpoints(Checkpoint latest, Long seq, String checkpointProblem) {
        if (checkpointProblem == null) {
            return new ChainVerification(intact, entriesChecked, firstBrokenSeq, firstBrokenEntryId, problem,
                    balancesDiffering, balanceDifferences, latest);
        }
        return new ChainVerification(false, entriesChecked, firstBrokenSeq == null ? seq : firstBrokenSeq,
                firstBrokenEntryId, and(problem, checkpointProblem), balancesDiffering, balanceDifferences, latest);
    }

    private static String and(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
