package io.lotline.ledger;

import java.util.List;

/**
 * The result of re-computing the audit chain and every stock balance: how many entries were checked; if one does not
 * match, the first such entry and why (its hash differs, its link to the previous entry differs, or an entry is
 * missing); and how many balance rows differ from the sum of the entries, the first {@link #LISTED} of them named.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Long firstBrokenEntryId,
                                String problem, long balancesDiffering, List<BalanceDifference> balanceDifferences) {
    /** How many differing balance rows are named; the rest are counted. */
    public static final int LISTED = 100;

    public ChainVerification {
        balanceDifferences = List.copyOf(balanceDifferences);
    }

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null, 0, List.of());
    }

    public static ChainVerification broken(long checked, long seq, Long entryId, String problem) {
        return new ChainVerification(false, checked, seq, entryId, problem, 0, List.of());
    }

    /** This chain's verdict together with the balance rows that differ from its entries. */
    public ChainVerification withBalances(long differing, List<BalanceDifference> named) {
        if (differing == 0) {
            return this;
        }
        String balances = differing + (differing == 1 ? " balance row differs" : " balance rows differ")
                + " from the sum of the entries";
        return new ChainVerification(false, entriesChecked, firstBrokenSeq, firstBrokenEntryId,
                problem == null ? balances : problem + "; " + balances, differing, named);
    }
}
