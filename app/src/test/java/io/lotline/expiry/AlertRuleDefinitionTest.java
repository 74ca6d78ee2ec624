package io.lotline.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.identity.Role;
import io.lotline.shared.InvalidInput;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AlertRuleDefinitionTest {
    private static final String SECRET = "sixteen-chars-ok";
    private static final Recipients QUALITY = new Recipients(Set.of(Role.QUALITY), null, null);

    private static AlertLevel level(int days) {
        return new AlertLevel(days, QUALITY, null);
    }

    private static void refused(ThrowingCallable definition, String field, String rule) {
        assertThatThrownBy(definition).isInstanceOfSatisfying(InvalidInput.class, failure -> {
            assertThat(failure.field()).isEqualTo(field);
            assertThat(failure.rule()).isEqualTo(rule);
        });
    }

    @Test
    void a_rule_with_decreasing_thresholds_and_recipients_is_accepted() {
        AlertRuleDefinition rule = new AlertRuleDefinition(null, "DAIRY", true, null,
                List.of(level(90), level(30), new AlertLevel(7, QUALITY, new Escalation(4,
                        new Recipients(null, List.of(" boss@bakery.example "), null)))));

        assertThat(rule.levels()).hasSize(3);
        assertThat(rule.levels().get(2).escalation().recipients().emails()).containsExactly("boss@bakery.example");
    }

    @Test
    void thresholds_out_of_order_or_given_twice_are_refused_naming_the_level() {
        refused(() -> new AlertRuleDefinition("FLOUR", null, false, null, List.of(level(30), level(90))),
                "levels[1].daysBeforeExpiry", "thresholds-decreasing");
        refused(() -> new AlertRuleDefinition("FLOUR", null, false, null, List.of(level(30), level(7), level(7))),
                "levels[2].daysBeforeExpiry", "thresholds-unique");
    }

    @Test
    void a_level_without_recipients_is_refused() {
        refused(() -> new AlertLevel(30, new Recipients(Set.of(), List.of(), List.of()), null),
                "recipients", "level-has-recipients");
        refused(() -> new AlertLevel(30, null, null), "recipients", "level-has-recipients");
    }

    @Test
    void a_webhook_that_is_not_http_or_https_is_refused() {
        refused(() -> new Recipients(null, null, List.of("https://erp.example/hooks", "ftp://erp.example/x")),
                "webhooks[1]", "webhook-url-http");
        refused(() -> new Recipients(null, null, List.of("javascript:alert(1)")), "webhooks[0]", "webhook-url-http");
        refused(() -> new Recipients(null, null, List.of("http:///no-host")), "webhooks[0]", "webhook-url-http");
    }

    @Test
    void an_address_that_is_not_an_email_address_is_refused() {
        refused(() -> new Recipients(null, List.of("sales at bakery"), null), "emails[0]", "email-format");
    }

    @Test
    void negative_escalation_hours_are_refused() {
        refused(() -> new Escalation(-1, null), "afterHours", "hours-not-negative");
    }

    @Test
    void the_most_urgent_level_cannot_escalate_to_a_next_level_that_does_not_exist() {
        refused(() -> new AlertRuleDefinition("FLOUR", null, false, null,
                        List.of(level(30), new AlertLevel(7, QUALITY, new Escalation(4, null)))),
                "levels[1].escalation.recipients", "escalation-has-recipients");
    }

    @Test
    void a_rule_is_for_one_item_or_one_category() {
        refused(() -> new AlertRuleDefinition(null, " ", false, null, List.of(level(7))), "item", "rule-target");
        refused(() -> new AlertRuleDefinition("FLOUR", "DAIRY", false, null, List.of(level(7))), "category",
                "rule-target");
        refused(() -> new AlertRuleDefinition("FLOUR", null, false, null, List.of()), "levels", "at-least-one-level");
    }

    @Test
    void webhooks_need_a_secret_to_be_signed_with() {
        List<AlertLevel> withWebhook = List.of(new AlertLevel(7,
                new Recipients(null, null, List.of("https://erp.example/hooks")), null));

        refused(() -> new AlertRuleDefinition("FLOUR", null, false, null, withWebhook), "webhookSecret",
                "webhook-secret-length");
        refused(() -> new AlertRuleDefinition("FLOUR", null, false, "short", withWebhook), "webhookSecret",
                "webhook-secret-length");
        assertThat(new AlertRuleDefinition("FLOUR", null, false, SECRET, withWebhook).webhookSecret())
                .isEqualTo(SECRET);
    }
}
