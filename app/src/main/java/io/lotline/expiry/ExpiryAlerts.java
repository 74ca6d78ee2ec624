package io.lotline.expiry;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/** The alerts raised by the sweeps: listed as a work list, read with their history, acknowledged. */
public interface ExpiryAlerts {

    /** Alerts by expiry date, optionally only those with a status and of a level (days before expiry). */
    Page<ExpiryAlert> alerts(AlertStatus status, Integer daysBeforeExpiry, PageRequest page);

    AlertDossier alert(long id);

    /** Records who took the alert on, when, and their comment; an escalation is then no longer due. */
    ExpiryAlert acknowledge(long id, AcknowledgeAlert command);
}
