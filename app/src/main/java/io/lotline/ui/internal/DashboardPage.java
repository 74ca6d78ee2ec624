package io.lotline.ui.internal;

import io.lotline.expiry.AlertStatus;
import io.lotline.expiry.ExpiryAlert;
import io.lotline.expiry.ExpiryAlerts;
import io.lotline.identity.Access;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The day at a glance, where users land after signing in: lots expiring by alert level, lots waiting for a quality
 * decision, lots on hold, open recalls and non-conformances, and the alerts nobody has taken on yet. Each list shows
 * its first {@value #SHOWN} rows and how many there are.
 */
@Controller
class DashboardPage extends PageController {
    static final int SHOWN = 25;
    private static final PageRequest FIRST = new PageRequest(0, SHOWN);

    private final Lots lots;
    private final ExpiryAlerts alerts;
    private final Quality quality;
    private final Recalls recalls;

    DashboardPage(Lots lots, ExpiryAlerts alerts, Quality quality, Recalls recalls) {
        this.lots = lots;
        this.alerts = alerts;
        this.quality = quality;
        this.recalls = recalls;
    }

    @GetMapping("/")
    @PreAuthorize(Access.ANY_USER)
    String dashboard(Authentication user, Model model) {
        io.lotline.shared.Page<Lot> waiting = lots.lots(null, LotStatus.QUARANTINE, FIRST);
        io.lotline.shared.Page<Lot> onHold = lots.lots(null, LotStatus.ON_HOLD, FIRST);
        List<ExpiryAlert> unacknowledged = Stream.concat(
                alerts.alerts(AlertStatus.ESCALATED, null, FIRST).content().stream(),
                alerts.alerts(AlertStatus.OPEN, null, FIRST).content().stream()).toList();
        model.addAttribute("expiring", byLevel(unacknowledged));
        model.addAttribute("unacknowledged", unacknowledged);
        model.addAttribute("waiting", waiting);
        model.addAttribute("onHold", onHold);
        model.addAttribute("nonconformances", quality.nonconformances("OPEN", FIRST));
        model.addAttribute("recalls", mayTrace(user) ? openRecalls() : null);
        return "dashboard";
    }

    /** Alerts grouped by their level, the nearest (fewest days before expiry) first. */
    private static Map<Integer, List<ExpiryAlert>> byLevel(List<ExpiryAlert> alerts) {
        Map<Integer, List<ExpiryAlert>> levels = new TreeMap<>();
        alerts.stream().sorted(Comparator.comparing(ExpiryAlert::expiryDate))
                .forEach(alert -> levels.computeIfAbsent(alert.daysBeforeExpiry(), level -> new ArrayList<>())
                        .add(alert));
        return levels;
    }

    private List<RecallReport> openRecalls() {
        return recalls.list("LIVE", FIRST).content().stream()
                .filter(recall -> !"CLOSED".equals(recall.status())).toList();
    }

    static boolean mayTrace(Authentication user) {
        return user.getAuthorities().stream().map(Object::toString)
                .anyMatch(authority -> Access.rolesOf(Access.TRACE).stream()
                        .anyMatch(role -> authority.equals("ROLE_" + role.name())));
    }
}
