package io.lotline.expiry.internal;

import io.lotline.expiry.AlertEvent;
import io.lotline.expiry.AlertEvent.Kind;
import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.AlertRule;
import io.lotline.expiry.ExpiryAlertEscalated;
import io.lotline.expiry.ExpiryAlertRaised;
import io.lotline.expiry.domain.EscalationPolicy;
import io.lotline.expiry.domain.ThresholdPolicy;
import io.lotline.identity.CurrentActor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises the alerts that are due and escalates the ignored ones, each in its own transaction together with its
 * history line and the event that notifies the recipients after commit.
 */
@Component
class AlertRaising {
    private static final Logger log = LoggerFactory.getLogger(AlertRaising.class);

    private final ExpiringStock stock;
    private final Rules rules;
    private final RuleLevels levels;
    private final Alerts alerts;
    private final AlertHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CurrentActor actor;

    AlertRaising(ExpiringStock stock, Rules rules, RuleLevels levels, Alerts alerts, AlertHistory history,
                 ApplicationEventPublisher events, TransactionTemplate transaction, CurrentActor actor) {
        this.stock = stock;
        this.rules = rules;
        this.levels = levels;
        this.alerts = alerts;
        this.history = history;
        this.events = events;
        this.transaction = transaction;
        this.actor = actor;
    }

    int raiseDue(LocalDate today, Instant at, List<String> failures) {
        Integer furthest = levels.furthestThreshold();
        if (furthest == null) {
            return 0;
        }
        Map<Long, AlertRule> rulesById = new HashMap<>();
        int raised = 0;
        for (ExpiringStock.ExpiringLot lot : stock.expiring(today, today.plusDays(furthest))) {
            AlertRule rule = rulesById.computeIfAbsent(lot.ruleId(), id -> rules.byId(id).orElseThrow());
            Optional<AlertLevel> due = ThresholdPolicy.levelDue(rule.thresholds(), lot.expiryDate(), today)
                    .flatMap(rule::level);
            try {
                raised += due.isPresent() && raise(lot, rule, due.get(), at) ? 1 : 0;
            } catch (RuntimeException failure) {
                log.warn("Expiry sweep could not raise an alert for lot {}", lot.lotNumber(), failure);
                failures.add("lot " + lot.lotNumber() + ": " + failure.getMessage());
            }
        }
        return raised;
    }

    int escalateIgnored(Instant at, List<String> failures) {
        int escalated = 0;
        for (long id : alerts.dueForEscalation(at)) {
            try {
                escalated += Boolean.TRUE.equals(transaction.execute(status -> escalate(id, at))) ? 1 : 0;
            } catch (RuntimeException failure) {
                log.warn("Expiry sweep could not escalate alert {}", id, failure);
                failures.add("alert " + id + ": " + failure.getMessage());
            }
        }
        return escalated;
    }

    private boolean raise(ExpiringStock.ExpiringLot lot, AlertRule rule, AlertLevel level, Instant at) {
        Alerts.NewAlert alert = new Alerts.NewAlert(lot.lotId(), rule.id(), level.daysBeforeExpiry(), lot.expiryDate(),
                rule.critical(), lot.onHand(), lot.unit(), at,
                EscalationPolicy.dueAt(at, level, rule.critical()).orElse(null));
        return Boolean.TRUE.equals(transaction.execute(status -> alerts.raise(alert).map(id -> {
            history.add(id, line(at, Kind.RAISED, "Lot " + lot.lotNumber() + " expires on " + lot.expiryDate()
                    + ": " + level.daysBeforeExpiry() + "-day alert" + (rule.critical() ? ", critical item" : "")));
            events.publishEvent(new ExpiryAlertRaised(id));
            return true;
        }).orElse(false)));
    }

    private boolean escalate(long id, Instant at) {
        if (!alerts.escalate(id, at)) {
            return false;
        }
        history.add(id, line(at, Kind.ESCALATED, "Not acknowledged in time"));
        events.publishEvent(new ExpiryAlertEscalated(id));
        return true;
    }

    private AlertEvent line(Instant at, Kind kind, String detail) {
        return new AlertEvent(at, kind, null, null, null, null, detail, actor.current().username());
    }
}
