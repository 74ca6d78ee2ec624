package io.lotline.expiry;

import java.time.Instant;

/**
 * One line of an alert's history: raised, notified (per channel and recipient, each webhook attempt on its own, with
 * the outcome), escalated, acknowledged. Lines are only ever added.
 */
public record AlertEvent(Instant at, Kind kind, Channel channel, String recipient, Integer attempt, Outcome outcome,
                         String detail, String actor) {

    public enum Kind { RAISED, NOTIFIED, ESCALATED, ACKNOWLEDGED }

    public enum Channel { EMAIL, WEBHOOK }

    /** Sent; failed (the detail says why); skipped, when there was nobody or nothing to send with. */
    public enum Outcome { SENT, FAILED, SKIPPED }
}
