package io.lotline.expiry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.Escalation;
import io.lotline.expiry.Recipients;
import io.lotline.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
    private static final Instant RAISED = Instant.parse("2027-03-01T06:00:00Z");
    private static final Recipients SALES = new Recipients(Set.of(), List.of("sales@bakery.example"), List.of());
    private static final Recipients QUALITY = new Recipients(Set.of(Role.QUALITY), List.of(), List.of());
    private static final Recipients MANAGER = new Recipients(Set.of(), List.of("manager@bakery.example"), List.of());

    private static final List<AlertLevel> LEVELS = List.of(
            new AlertLevel(90, SALES, new Escalation(48, null)),
            new AlertLevel(30, QUALITY, null),
            new AlertLevel(7, QUALITY, new Escalation(4, MANAGER)));

    @Test
    void an_alert_escalates_after_the_hours_of_its_level() {
        assertThat(EscalationPolicy.dueAt(RAISED, LEVELS.get(0), false)).contains(RAISED.plusSeconds(48 * 3600));
    }

    @Test
    void a_critical_item_escalates_after_half_the_hours() {
        assertThat(EscalationPolicy.dueAt(RAISED, LEVELS.get(0), true)).contains(RAISED.plusSeconds(24 * 3600));
        assertThat(EscalationPolicy.dueAt(RAISED, new AlertLevel(7, QUALITY, new Escalation(1, MANAGER)), true))
                .contains(RAISED.plusSeconds(30 * 60));
    }

    @Test
    void a_level_without_escalation_never_escalates() {
        assertThat(EscalationPolicy.dueAt(RAISED, LEVELS.get(1), true)).isEmpty();
    }

    @Test
    void an_escalation_without_named_recipients_goes_to_the_next_level() {
        assertThat(EscalationPolicy.targets(LEVELS, 90)).isEqualTo(QUALITY);
    }

    @Test
    void an_escalation_with_named_recipients_goes_to_them() {
        assertThat(EscalationPolicy.targets(LEVELS, 7)).isEqualTo(MANAGER);
    }

    @Test
    void a_level_no_longer_in_the_rule_has_nobody_to_escalate_to() {
        assertThat(EscalationPolicy.targets(LEVELS, 14).isEmpty()).isTrue();
    }
}
