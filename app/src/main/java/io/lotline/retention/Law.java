package io.lotline.retention;

/**
 * A law that sets a minimum for keeping records, as months after the lot's last record and, where the law counts
 * from the end of shelf life, months after its expiry date: the records are kept until the later of the two.
 */
public enum Law {
    /** FDA FSMA 204 (21 CFR 1.1455): traceability records are kept for 2 years. */
    FSMA_204(24, null),
    /** EU food: at least 5 years, or the shelf life plus 6 months when that is longer. */
    EU_FOOD(60, 6),
    /** EU medicinal products (GMP, Directive 2003/94/EC): 1 year after expiry and at least 5 years. */
    EU_MEDICINAL(60, 12);

    private final int monthsAfterRecord;
    private final Integer monthsAfterExpiry;

    Law(int monthsAfterRecord, Integer monthsAfterExpiry) {
        this.monthsAfterRecord = monthsAfterRecord;
        this.monthsAfterExpiry = monthsAfterExpiry;
    }

    public int monthsAfterRecord() {
        return monthsAfterRecord;
    }

    /** Null when the law does not count from expiry. */
    public Integer monthsAfterExpiry() {
        return monthsAfterExpiry;
    }
}
