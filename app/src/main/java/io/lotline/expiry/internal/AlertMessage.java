package io.lotline.expiry.internal;

import io.lotline.expiry.ExpiryAlert;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What recipients read: an e-mail subject and text in the words of the floor, and the JSON body of a webhook.
 * Critical items and escalations say so in the first words of the subject.
 */
record AlertMessage(String event, String subject, String text, Payload payload) {

    /** The JSON a webhook receives; {@code event} is {@code expiry-alert.raised} or {@code expiry-alert.escalated}. */
    record Payload(String event, long alertId, String lotNumber, String sku, LocalDate expiryDate,
                   int daysBeforeExpiry, boolean critical, Quantity onHand, String status, Instant raisedAt,
                   Instant escalatedAt, String acknowledge) {
    }

    static AlertMessage of(ExpiryAlert alert, boolean escalation) {
        String event = escalation ? "expiry-alert.escalated" : "expiry-alert.raised";
        String acknowledge = "/api/v1/expiry-alerts/" + alert.id() + "/acknowledgement";
        String subject = "[Lotline] " + (alert.critical() ? "CRITICAL " : "") + (escalation ? "ESCALATED " : "")
                + "Lot " + alert.lotNumber() + " (" + alert.sku() + ") expires on " + alert.expiryDate()
                + " - " + alert.daysBeforeExpiry() + "-day alert";
        String text = """
                Lot %s of item %s expires on %s.
                On hand when the alert was raised: %s.
                Alert level: %d days before expiry.%s%s

                Decide whether to sell it first, mark it down or dispose of it, and acknowledge the alert with your
                comment: POST %s (alert %d).
                """.formatted(alert.lotNumber(), alert.sku(), alert.expiryDate(), alert.onHand(),
                alert.daysBeforeExpiry(), alert.critical() ? "\nThe item is flagged critical." : "",
                escalation ? "\nNobody acknowledged it since " + alert.raisedAt() + ": it is escalated to you." : "",
                acknowledge, alert.id());
        return new AlertMessage(event, subject, text, new Payload(event, alert.id(), alert.lotNumber(), alert.sku(),
                alert.expiryDate(), alert.daysBeforeExpiry(), alert.critical(), alert.onHand(), alert.status().name(),
                alert.raisedAt(), alert.escalatedAt(), acknowledge));
    }
}
