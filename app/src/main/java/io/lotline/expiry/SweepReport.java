package io.lotline.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one sweep did: the moment and business day it looked at, the lots past their date it made sure are blocked
 * (booked by this sweep, or by another running at the same moment: the booking is the same), the alerts it raised
 * and escalated itself, and what it could not handle with the reason (tried again by the next sweep).
 */
public record SweepReport(Instant at, LocalDate day, int lotsExpired, int alertsRaised, int alertsEscalated,
                          List<String> failures) {
    public SweepReport {
        failures = List.copyOf(failures);
    }
}
