package io.lotline.ledger.internal;

import java.util.concurrent.TimeUnit;

/**
 * How often an instance checks its ledger watermark for other instances' notices ({@link LedgerAnnouncements}): at
 * most once per interval, however many notices arrive in it. A booking instance sends a notice per transaction, so an
 * instance that checked on each one would run a query for each of another instance's bookings; the notices of one
 * interval are checked together at its end. Reads check the watermark themselves, so waiting never serves stale data.
 * Times are {@link System#nanoTime()} readings, given by the caller.
 */
final class CheckPace {
    /** How long the listener waits for notices when none is waiting to be checked. */
    static final int IDLE_WAIT_MILLIS = 10_000;

    private final long interval;
    private boolean noticed;
    private long lastCheck;

    /** Paces the checks after one made at {@code checkedAt}. */
    CheckPace(long interval, TimeUnit unit, long checkedAt) {
        this.interval = unit.toNanos(interval);
        this.lastCheck = checkedAt;
    }

    /** A notice from another instance arrived: the watermark is checked when the interval allows. */
    void noticed() {
        noticed = true;
    }

    /** Whether a notice waits and the last check is an interval ago. */
    boolean due(long now) {
        return noticed && now - lastCheck >= interval;
    }

    void checked(long now) {
        noticed = false;
        lastCheck = now;
    }

    /** How long to wait for further notices: until a waiting one is due, else the idle wait; never 0 (for ever). */
    int waitMillis(long now) {
        if (!noticed) {
            return IDLE_WAIT_MILLIS;
        }
        return (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(lastCheck + interval - now + 999_999));
    }
}
