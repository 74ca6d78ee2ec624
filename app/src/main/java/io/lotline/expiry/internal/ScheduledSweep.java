package io.lotline.expiry.internal;

import io.lotline.expiry.ExpirySweep;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep on the schedule of {@code lotline.expiry.sweep.cron} (by default every 15 minutes, counted in the
 * site's zone; {@code -} switches it off), as the system user, at the time of the application's clock.
 */
@Component
class ScheduledSweep {
    private final ExpirySweep sweep;
    private final Clock clock;

    ScheduledSweep(ExpirySweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(cron = "${lotline.expiry.sweep.cron:0 */15 * * * *}", zone = "${lotline.zone:UTC}")
    void sweep() {
        sweep.sweep(clock.instant());
    }
}
