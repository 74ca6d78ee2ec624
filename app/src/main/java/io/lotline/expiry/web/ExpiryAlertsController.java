package io.lotline.expiry.web;

import io.lotline.expiry.AcknowledgeAlert;
import io.lotline.expiry.AlertDossier;
import io.lotline.expiry.AlertStatus;
import io.lotline.expiry.ExpiryAlert;
import io.lotline.expiry.ExpiryAlerts;
import io.lotline.expiry.ExpirySweep;
import io.lotline.expiry.SweepReport;
import io.lotline.identity.Access;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The expiry alert work list, an alert's history, its acknowledgement, and a sweep run on demand. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Expiry alerts")
class ExpiryAlertsController {
    private final ExpiryAlerts alerts;
    private final ExpirySweep sweep;
    private final Clock clock;

    ExpiryAlertsController(ExpiryAlerts alerts, ExpirySweep sweep, Clock clock) {
        this.alerts = alerts;
        this.sweep = sweep;
        this.clock = clock;
    }

    @GetMapping("/expiry-alerts")
    @PreAuthorize(Access.ANY_USER)
    Page<ExpiryAlert> alerts(@RequestParam(required = false) AlertStatus status,
                             @RequestParam(required = false) Integer level,
                             PageRequest page) {
        return alerts.alerts(status, level, page);
    }

    @GetMapping("/expiry-alerts/{id}")
    @PreAuthorize(Access.ANY_USER)
    AlertDossier alert(@PathVariable long id) {
        return alerts.alert(id);
    }

    @PostMapping("/expiry-alerts/{id}/acknowledgement")
    @PreAuthorize(Access.EXPIRY_ALERTS)
    ExpiryAlert acknowledge(@PathVariable long id, @RequestBody @Valid AcknowledgeAlert command) {
        return alerts.acknowledge(id, command);
    }

    /** Runs the sweep now, as the signed-in user; the scheduled sweep does the same on its own. */
    @PostMapping("/expiry-sweeps")
    @PreAuthorize(Access.EXPIRY_RULES)
    SweepReport sweep() {
        return sweep.sweep(clock.instant());
    }
}
