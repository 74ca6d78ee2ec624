package io.lotline.quality.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.QualityCommands.Close;
import io.lotline.quality.QualityCommands.Dispose;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Non-conformances: opened against lots (which go on hold at once, unless configured or asked otherwise), given a
 * disposition, then closed with a summary. Each step is recorded with who and when.
 */
@Component
class NonconformanceDesk {
    private final Nonconformances reports;
    private final Lots lots;
    private final Movements movements;
    private final CurrentActor actor;
    private final Clock clock;
    private final boolean holdByDefault;

    NonconformanceDesk(Nonconformances reports, Lots lots, Movements movements, CurrentActor actor, Clock clock,
                       QualityProperties settings) {
        this.reports = reports;
        this.lots = lots;
        this.movements = movements;
        this.actor = actor;
        this.clock = clock;
        this.holdByDefault = settings.nonconformanceHoldsLots();
    }

    Nonconformance open(BookingContext context, OpenNonconformance command) {
        List<Lot> concerned = new ArrayList<>();
        for (int i = 0; i < command.lots().size(); i++) {
            try {
                concerned.add(lots.lot(command.lots().get(i)));
            } catch (LotlineException refused) {
                throw refused.within("lots[" + i + "]");
            }
        }
        boolean hold = command.holdLots() == null ? holdByDefault : command.holdLots();
        String code = reports.open(command.title(), command.description(), hold,
                concerned.stream().map(Lot::id).toList(), actor.current().username(), clock.instant());
        List<Movements.ChangeLotStatus> holds = hold ? concerned.stream()
                .filter(lot -> lot.status().canChangeTo(LotStatus.ON_HOLD))
                .map(lot -> new Movements.ChangeLotStatus(lot.number().value(), LotStatus.ON_HOLD,
                        code + ": " + command.title())).toList() : List.of();
        if (!holds.isEmpty()) {
            movements.changeStatus(new BookingContext(context.idempotencyKey() + ":hold", null), holds);
        }
        return find(code);
    }

    Nonconformance dispose(String code, Dispose command) {
        Nonconformance report = lockedFind(code);
        if (!"OPEN".equals(report.status())) {
            throw new Refused("code", code, "nonconformance-open", code + " is " + report.status().toLowerCase()
                    + "; a disposition is recorded once, on an open report");
        }
        reports.dispose(code, command.disposition().name(), command.comment(), actor.current().username(),
                clock.instant());
        return find(code);
    }

    Nonconformance close(String code, Close command) {
        Nonconformance report = lockedFind(code);
        if (!"DISPOSITIONED".equals(report.status())) {
            throw new Refused("code", code, "nonconformance-dispositioned", code + " is " + report.status()
                    .toLowerCase() + "; it is closed after its disposition is recorded");
        }
        reports.close(code, command.summary(), actor.current().username(), clock.instant());
        return find(code);
    }

    Nonconformance find(String code) {
        return reports.find(code).orElseThrow(() -> new Unknown("non-conformance", "code", code));
    }

    Page<Nonconformance> page(String status, PageRequest page) {
        return reports.page(status, page);
    }

    private Nonconformance lockedFind(String code) {
        reports.lockOpen(code).orElseThrow(() -> new Unknown("non-conformance", "code", code));
        return find(code);
    }
}
