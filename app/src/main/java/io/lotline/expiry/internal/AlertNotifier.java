package io.lotline.expiry.internal;

import io.lotline.expiry.AlertEvent;
import io.lotline.expiry.AlertEvent.Channel;
import io.lotline.expiry.AlertEvent.Kind;
import io.lotline.expiry.AlertEvent.Outcome;
import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.AlertRule;
import io.lotline.expiry.ExpiryAlert;
import io.lotline.expiry.ExpiryAlertEscalated;
import io.lotline.expiry.ExpiryAlertRaised;
import io.lotline.expiry.Recipients;
import io.lotline.expiry.domain.EscalationPolicy;
import io.lotline.identity.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the recipients of a raised or escalated alert, after the sweep's transaction has committed. The event
 * publication registry stored the event with the alert, so a notification cut short by a restart is sent again.
 * Not transactional on purpose: it holds no connection while it waits for a mail server or a webhook's back-off,
 * and each outcome is in the history as soon as it is known (ADR 8).
 */
@Component
class AlertNotifier {
    private final Alerts alerts;
    private final Rules rules;
    private final AlertHistory history;
    private final RecipientDirectory directory;
    private final MailChannel mail;
    private final WebhookChannel webhooks;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertNotifier(Alerts alerts, Rules rules, AlertHistory history, RecipientDirectory directory, MailChannel mail,
                  WebhookChannel webhooks, Clock clock, MeterRegistry meters) {
        this.alerts = alerts;
        this.rules = rules;
        this.history = history;
        this.directory = directory;
        this.mail = mail;
        this.webhooks = webhooks;
        this.clock = clock;
        this.meters = meters;
    }

    @Async
    @TransactionalEventListener
    void on(ExpiryAlertRaised raised) {
        ExpiryAlert alert = alerts.byId(raised.alertId()).orElseThrow();
        AlertRule rule = rules.byId(alert.ruleId()).orElseThrow();
        notify(alert, rule, rule.level(alert.daysBeforeExpiry()).map(AlertLevel::recipients).orElse(Recipients.NONE),
                false);
    }

    @Async
    @TransactionalEventListener
    void on(ExpiryAlertEscalated escalated) {
        ExpiryAlert alert = alerts.byId(escalated.alertId()).orElseThrow();
        AlertRule rule = rules.byId(alert.ruleId()).orElseThrow();
        notify(alert, rule, EscalationPolicy.targets(rule.levels(), alert.daysBeforeExpiry()), true);
    }

    private void notify(ExpiryAlert alert, AlertRule rule, Recipients recipients, boolean escalation) {
        if (recipients.isEmpty()) {
            record(alert, null, null, null, new Delivery(Outcome.SKIPPED,
                    "Rule " + rule.id() + " names nobody for this " + (escalation ? "escalation" : "level") + " now"));
            return;
        }
        AlertMessage message = AlertMessage.of(alert, escalation);
        RecipientDirectory.Reach reach = directory.resolve(recipients);
        reach.unreachable().forEach(who -> record(alert, Channel.EMAIL, who, null, Delivery.skipped("No address")));
        for (String address : reach.emails()) {
            record(alert, Channel.EMAIL, address, 1, mail.send(address, message));
        }
        String secret = rules.webhookSecret(rule.id()).orElse(null);
        for (String url : recipients.webhooks()) {
            if (secret == null) {
                record(alert, Channel.WEBHOOK, url, null, Delivery.skipped("The rule has no webhook secret"));
                continue;
            }
            webhooks.post(url, secret, message, (delivery, attempt) -> record(alert, Channel.WEBHOOK, url, attempt,
                    delivery));
        }
    }

    private void record(ExpiryAlert alert, Channel channel, String recipient, Integer attempt, Delivery delivery) {
        history.add(alert.id(), new AlertEvent(clock.instant(), Kind.NOTIFIED, channel, recipient, attempt,
                delivery.outcome(), delivery.detail(), Actor.SYSTEM.username()));
        // lotline.alert.deliveries: every outcome written to an alert's history, by channel and outcome
        Counter.builder("lotline.alert.deliveries").description("Expiry alert deliveries, by channel and outcome")
                .tag("channel", channel == null ? "none" : channel.name().toLowerCase(Locale.ROOT))
                .tag("outcome", delivery.outcome().name().toLowerCase(Locale.ROOT))
                .register(meters).increment();
    }
}
