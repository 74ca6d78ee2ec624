package io.lotline.ledger;

/** The kinds of fact the ledger records, in the words of the floor. */
public enum EntryType {
    /** Goods arrive from a supplier into a location. */
    RECEIPT,
    /** Stock moves between locations or pallets. */
    TRANSFER,
    /** Stock is consumed by a production order. */
    ISSUE,
    /** A production order yields a lot. */
    OUTPUT,
    /** Stock leaves for a customer. */
    SHIPMENT,
    /** Stock comes back from a customer. */
    RETURN,
    /** Stock is destroyed: damaged, contaminated, expired. */
    SCRAP,
    /** A count found more or less than the books said. */
    COUNT_ADJUSTMENT,
    /** Quality changed the lot's status. */
    STATUS_CHANGE,
    /** A reversal of an earlier entry, or a corrected lot attribute. */
    CORRECTION
}
