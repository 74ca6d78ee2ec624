package io.lotline.outbound;

/** What a subscriber can be told about: a ledger entry booked, a lot's status changed, a lot recalled. */
public enum OutboundEventType {
    ENTRY_BOOKED("EntryBooked"), LOT_STATUS_CHANGED("LotStatusChanged"), LOT_RECALLED("LotRecalled");

    private final String wireName;

    OutboundEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name sent in {@code X-Lotline-Event} and in the payload's {@code eventType}. */
    public String wireName() {
        return wireName;
    }
}
