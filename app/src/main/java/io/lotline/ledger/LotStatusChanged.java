package io.lotline.ledger;

import io.lotline.lots.LotStatus;

/**
 * A lot's status was just booked, in the transaction still open. Capabilities that hold on to stock react at once:
 * picking gives back the reservations of a lot that is no longer released (on hold, recalled, expired, rejected).
 */
public record LotStatusChanged(long lotId, String lotNumber, LotStatus from, LotStatus to, String reason) {
}
