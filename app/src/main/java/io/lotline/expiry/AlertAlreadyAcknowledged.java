package io.lotline.expiry;

import io.lotline.shared.Conflict;

/** An alert is acknowledged once; the first acknowledgement and its comment stay. */
public class AlertAlreadyAcknowledged extends Conflict {
    public AlertAlreadyAcknowledged(long alertId, String by) {
        super("id", alertId, "acknowledged-once", "Alert " + alertId + " was already acknowledged by " + by);
    }
}
