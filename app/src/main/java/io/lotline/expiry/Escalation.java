package io.lotline.expiry;

import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;

/**
 * What happens when nobody acknowledges an alert in time: after {@code afterHours} (half of them for a critical
 * item) the alert is escalated once, to the recipients named here or, when none are named, to the recipients of the
 * next, more urgent level of the same rule.
 */
public record Escalation(Integer afterHours, @Valid Recipients recipients) {
    public static final int MAX_HOURS = 24 * 365;

    public Escalation {
        if (afterHours == null) {
            throw new InvalidInput("afterHours", null, "required", "Say after how many hours the alert escalates");
        }
        if (afterHours < 0) {
            throw new InvalidInput("afterHours", afterHours, "hours-not-negative",
                    "An escalation waits zero or more hours");
        }
        if (afterHours > MAX_HOURS) {
            throw new InvalidInput("afterHours", afterHours, "hours-range", "An escalation waits at most a year");
        }
        recipients = recipients == null ? Recipients.NONE : recipients;
    }

    /** Whether this escalation names its own recipients rather than handing over to the next level's. */
    public boolean namesRecipients() {
        return !recipients.isEmpty();
    }
}
