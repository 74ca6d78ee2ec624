package io.lotline.ledger;

/**
 * The result of re-computing the audit chain: how many entries were checked and, if one does not match, the first
 * such entry and why (its hash differs, its link to the previous entry differs, or an entry is missing).
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Long firstBrokenEntryId,
                                String problem) {
    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    public static ChainVerification broken(long checked, long seq, Long entryId, String problem) {
        return new ChainVerification(false, checked, seq, entryId, problem);
    }
}
