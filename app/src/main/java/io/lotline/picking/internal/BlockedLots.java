package io.lotline.picking.internal;

import io.lotline.ledger.LotStatusChanged;
import io.lotline.lots.LotStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A lot that stops being released (put on hold, recalled, expired, rejected) keeps none of its reservations: the
 * ledger gave them back with the status entry, and here, in the same transaction, its reserved and
 * picked-but-unshipped picks are released, so the order lines fall short until they are allocated again from
 * eligible stock.
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
