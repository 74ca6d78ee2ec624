package io.lotline.expiry;

import java.time.Instant;

/**
 * The sweep over all lots with stock on hand. It runs on a schedule and on demand and may run as often as anyone
 * likes: a lot gets one alert per level, an alert escalates once, an expired lot is blocked once.
 */
public interface ExpirySweep {

    /** Sweeps as of {@code at}: blocks lots expired before that day, raises due alerts, escalates ignored ones. */
    SweepReport sweep(Instant at);
}
