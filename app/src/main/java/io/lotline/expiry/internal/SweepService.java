package io.lotline.expiry.internal;

import io.lotline.expiry.ExpirySweep;
import io.lotline.expiry.SweepReport;
import io.lotline.expiry.domain.ExpiryBlockPolicy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.lots.LotStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One sweep: first block the lots past their date, then raise the alerts that are due, then escalate the ones
 * nobody took on. Each lot and each alert is handled in a transaction of its own, so one that fails is reported and
 * tried again by the next sweep while the others go ahead.
 */
@Service
class SweepService implements ExpirySweep {
    private static final Logger log = LoggerFactory.getLogger(SweepService.class);

    private final ExpiringStock stock;
    private final AlertRaising raising;
    private final Movements movements;
    private final Clock clock;

    SweepService(ExpiringStock stock, AlertRaising raising, Movements movements, Clock clock) {
        this.stock = stock;
        this.raising = raising;
        this.movements = movements;
        this.clock = clock;
    }

    @Override
    public SweepReport sweep(Instant at) {
        LocalDate today = at.atZone(clock.getZone()).toLocalDate();
        List<String> failures = new ArrayList<>();
        int expired = blockExpired(today, failures);
        int raised = raising.raiseDue(today, at, failures);
        int escalated = raising.escalateIgnored(at, failures);
        SweepReport report = new SweepReport(at, today, expired, raised, escalated, failures);
        log.info("Expiry sweep of {}: {} lots expired, {} alerts raised, {} escalated, {} failures", today, expired,
                raised, escalated, failures.size());
        return report;
    }

    private int blockExpired(LocalDate today, List<String> failures) {
        int blocked = 0;
        for (ExpiringStock.ExpiredLot lot : stock.expiredBefore(today)) {
            var block = ExpiryBlockPolicy.block(lot.lotNumber(), lot.status(), lot.expiryDate(), today);
            if (block.isEmpty()) {
                continue;
            }
            try {
                movements.changeStatus(new BookingContext(block.get().idempotencyKey(), expiredAt(lot.expiryDate())),
                        new ChangeLotStatus(lot.lotNumber(), LotStatus.EXPIRED, block.get().reason()));
                blocked++;
            } catch (RuntimeException failure) {
                log.warn("Expiry sweep could not block lot {}", lot.lotNumber(), failure);
                failures.add("lot " + lot.lotNumber() + ": " + failure.getMessage());
            }
        }
        return blocked;
    }

    /**
     * The business time of the expiry: the start of the day after the expiry date, in the site's zone. A sweep run
     * ahead of the clock (a test, a what-if run) books at the time of booking instead: no entry is dated ahead.
     */
    private Instant expiredAt(LocalDate expiryDate) {
        Instant moment = expiryDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return moment.isAfter(clock.instant()) ? null : moment;
    }
}
