package io.lotline.expiry;

import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;

/**
 * One threshold of a rule: so many days before a lot's expiry date its recipients hear of it, once. The escalation
 * is optional; without one, an unacknowledged alert simply stays open.
 */
public record AlertLevel(Integer daysBeforeExpiry, @Valid Recipients recipients, @Valid Escalation escalation) {
    public static final int MAX_DAYS = 3650;

    public AlertLevel {
        if (daysBeforeExpiry == null) {
            throw new InvalidInput("daysBeforeExpiry", null, "required",
                    "A level says how many days before expiry it alerts");
        }
        if (daysBeforeExpiry < 0 || daysBeforeExpiry > MAX_DAYS) {
            throw new InvalidInput("daysBeforeExpiry", daysBeforeExpiry, "days-range",
                    "A level alerts 0 to " + MAX_DAYS + " days before expiry");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidInput("recipients", null, "level-has-recipients",
                    "A level needs at least one recipient: a role, an e-mail address or a webhook");
        }
    }

    public boolean escalates() {
        return escalation != null;
    }
}
