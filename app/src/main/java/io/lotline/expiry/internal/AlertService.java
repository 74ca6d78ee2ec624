package io.lotline.expiry.internal;

import io.lotline.expiry.AcknowledgeAlert;
import io.lotline.expiry.Acknowledgement;
import io.lotline.expiry.AlertAlreadyAcknowledged;
import io.lotline.expiry.AlertDossier;
import io.lotline.expiry.AlertEvent;
import io.lotline.expiry.AlertEvent.Kind;
import io.lotline.expiry.AlertStatus;
import io.lotline.expiry.ExpiryAlert;
import io.lotline.expiry.ExpiryAlerts;
import io.lotline.identity.CurrentActor;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alert work list, each alert's history, and acknowledgements by the signed-in user. */
@Service
@Transactional
class AlertService implements ExpiryAlerts {
    private final Alerts alerts;
    private final AlertHistory history;
    private final CurrentActor actor;
    private final Clock clock;

    AlertService(Alerts alerts, AlertHistory history, CurrentActor actor, Clock clock) {
        this.alerts = alerts;
        this.history = history;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ExpiryAlert> alerts(AlertStatus status, Integer daysBeforeExpiry, PageRequest page) {
        return alerts.page(status, daysBeforeExpiry, page);
    }

    @Override
    @Transactional(readOnly = true)
    public AlertDossier alert(long id) {
        return new AlertDossier(find(id), history.of(id));
    }

    @Override
    public ExpiryAlert acknowledge(long id, AcknowledgeAlert command) {
        ExpiryAlert alert = find(id);
        Acknowledgement acknowledgement = new Acknowledgement(actor.current().username(), clock.instant(),
                command.comment());
        if (!alerts.acknowledge(id, acknowledgement)) {
            throw new AlertAlreadyAcknowledged(id, alert.acknowledgement() == null ? "someone else"
                    : alert.acknowledgement().by());
        }
        history.add(id, new AlertEvent(acknowledgement.at(), Kind.ACKNOWLEDGED, null, null, null, null,
                acknowledgement.comment(), acknowledgement.by()));
        return find(id);
    }

    private ExpiryAlert find(long id) {
        return alerts.byId(id).orElseThrow(() -> new Unknown("expiry alert", "id", id));
    }
}
