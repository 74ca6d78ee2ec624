package io.lotline.picking.internal;

import io.lotline.ledger.LotStatusChanged;
import io.lotline.lots.LotStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A lot that stops being released (put on hold, recalled, expired, rejected) keeps none of its reservations: in the
 * same transaction as the status entry, its reserved and picked-but-unshipped stock is given back, and the order
 * lines fall short until they are allocated again from eligible stock. The status change took the item's allocation
 * turn before it was booked, so no allocation of the lot is left uncommitted to miss; and the booking told
 * {@link StockMemory} that the item is changing, which covers the reservations given back here too.
 */
@Component
class BlockedLots {
    private static final Logger log = LoggerFactory.getLogger(BlockedLots.class);

    private final Picks picks;

    BlockedLots(Picks picks) {
        this.picks = picks;
    }

    @EventListener
    void on(LotStatusChanged change) {
        if (change.to() != LotStatus.RELEASED) {
            int released = picks.releaseLot(change.lotId());
            if (released > 0) {
                log.info("Lot {} became {}: {} picks released", change.lotNumber(), change.to(), released);
            }
        }
    }
}
