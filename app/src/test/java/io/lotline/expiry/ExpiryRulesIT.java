package io.lotline.expiry;

import static io.lotline.support.Api.body;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Rules over the API: kept per item or category, replaced whole, and refused with the field that is wrong. */
class ExpiryRulesIT extends ExpiryFixture {
    private static final String SECRET = "a-webhook-secret-of-some-length";

    private static String rule(String target, String levels) {
        return "{%s, \"critical\": true, \"webhookSecret\": \"%s\", \"levels\": [%s]}"
                .formatted(target, SECRET, levels);
    }

    private static final String THREE_LEVELS = """
            {"daysBeforeExpiry": 90, "recipients": {"roles": ["SUPERVISOR"], "emails": ["sales@bakery.example"]},
             "escalation": {"afterHours": 48}},
            {"daysBeforeExpiry": 30, "recipients": {"roles": ["QUALITY"], "webhooks": ["https://erp.example/hooks"]}},
            {"daysBeforeExpiry": 7, "recipients": {"roles": ["QUALITY", "SUPERVISOR"]},
             "escalation": {"afterHours": 4, "recipients": {"emails": ["manager@bakery.example"]}}}""";

    @Test
    void a_rule_for_a_category_is_kept_with_its_levels_and_never_shows_its_secret() {
        String category = aCategory();

        MvcTestResult created = as("quality").post("/api/v1/expiry-alert-rules",
                rule("\"category\": \"" + category + "\"", THREE_LEVELS));

        assertThat(created).hasStatus(201);
        Integer id = read(created, "$.id");
        MvcTestResult fetched = as("operator").get("/api/v1/expiry-alert-rules/" + id);
        assertThat(fetched).hasStatus(200);
        assertThat((String) read(fetched, "$.category")).isEqualTo(category);
        assertThat((Boolean) read(fetched, "$.critical")).isTrue();
        List<Integer> days = read(fetched, "$.levels[*].daysBeforeExpiry");
        assertThat(days).containsExactly(90, 30, 7);
        assertThat((List<String>) read(fetched, "$.levels[0].recipients.emails"))
                .containsExactly("sales@bakery.example");
        assertThat((List<String>) read(fetched, "$.levels[1].recipients.webhooks"))
                .containsExactly("https://erp.example/hooks");
        assertThat((Integer) read(fetched, "$.levels[2].escalation.afterHours")).isEqualTo(4);
        assertThat((String) read(fetched, "$.createdBy")).isEqualTo("quality");
        assertThat(body(fetched)).doesNotContain(SECRET);
        assertThat(body(as("operator").get("/api/v1/expiry-alert-rules?size=500"))).contains(category)
                .doesNotContain(SECRET);
    }

    @Test
    void a_rule_is_replaced_whole_and_a_second_rule_for_the_same_target_is_refused() {
        Item item = anItemIn(aCategory());
        String target = "\"item\": \"" + item.sku() + "\"";
        Integer id = read(as("supervisor").post("/api/v1/expiry-alert-rules", rule(target, THREE_LEVELS)), "$.id");

        MvcTestResult second = as("quality").post("/api/v1/expiry-alert-rules", rule(target, THREE_LEVELS));
        MvcTestResult replaced = as("quality").put("/api/v1/expiry-alert-rules/" + id, rule(target,
                "{\"daysBeforeExpiry\": 14, \"recipients\": {\"emails\": [\"sales@bakery.example\"]}}"));

        assertThat(second).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("one-rule-per-target");
        assertThat((String) read(second, "$.field")).isEqualTo("item");
        assertThat(replaced).hasStatus(200);
        assertThat((List<Integer>) read(replaced, "$.levels[*].daysBeforeExpiry")).containsExactly(14);
        assertThat((String) read(replaced, "$.updatedBy")).isEqualTo("quality");
        assertThat(as("quality").put("/api/v1/expiry-alert-rules/0", rule(target, THREE_LEVELS))).hasStatus(404);
    }

    @Test
    void bad_rules_are_refused_with_the_field_and_the_rule_they_break() {
        Item item = anItemIn(aCategory());
        String target = "\"item\": \"" + item.sku() + "\"";
        String recipients = "\"recipients\": {\"roles\": [\"QUALITY\"]}";
        long before = count("expiry_alert_rules");

        record Case(String body, int status, String field, String rule) {
        }
        List<Case> cases = List.of(
                new Case(rule(target, "{\"daysBeforeExpiry\": 7, %s}, {\"daysBeforeExpiry\": 30, %s}"
                        .formatted(recipients, recipients)), 400, "levels[1].daysBeforeExpiry",
                        "thresholds-decreasing"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 30, %s}, {\"daysBeforeExpiry\": 30, %s}"
                        .formatted(recipients, recipients)), 400, "levels[1].daysBeforeExpiry", "thresholds-unique"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 30, %s}, {\"daysBeforeExpiry\": 7, \"recipients\": {}}"
                        .formatted(recipients)), 400, "levels[1].recipients", "level-has-recipients"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 30}"), 400, "levels[0].recipients",
                        "level-has-recipients"),
                new Case(rule(target,
                        "{\"daysBeforeExpiry\": 30, \"recipients\": {\"webhooks\": [\"ftp://erp.example/x\"]}}"),
                        400, "levels[0].recipients.webhooks[0]", "webhook-url-http"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 30, %s, \"escalation\": {\"afterHours\": -2}}, "
                        .formatted(recipients) + "{\"daysBeforeExpiry\": 7, %s}".formatted(recipients)), 400,
                        "levels[0].escalation.afterHours", "hours-not-negative"),
                new Case(rule(target, "{\"daysBeforeExpiry\": -1, %s}".formatted(recipients)), 400,
                        "levels[0].daysBeforeExpiry", "days-range"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 7, %s, \"escalation\": {\"afterHours\": 4}}"
                        .formatted(recipients)), 400, "levels[0].escalation.recipients", "escalation-has-recipients"),
                new Case(rule("\"item\": \"NO-SUCH-ITEM\"", "{\"daysBeforeExpiry\": 7, %s}".formatted(recipients)),
                        404, "item", "must-exist"),
                new Case(rule("\"category\": \"NO-SUCH-CATEGORY\"", "{\"daysBeforeExpiry\": 7, %s}"
                        .formatted(recipients)), 404, "category", "must-exist"),
                new Case(rule(target, "{\"daysBeforeExpiry\": 7, \"recipients\": {\"roles\": [\"BAKER\"]}}"), 400,
                        null, "format"));

        for (Case bad : cases) {
            MvcTestResult result = as("quality").post("/api/v1/expiry-alert-rules", bad.body());
            assertThat(result).as(bad.body()).hasStatus(bad.status()).hasContentType("application/problem+json");
            assertThat((String) read(result, "$.rule")).as(bad.body()).isEqualTo(bad.rule());
            if (bad.field() != null) {
                assertThat((String) read(result, "$.field")).as(bad.body()).isEqualTo(bad.field());
            }
        }
        assertThat(count("expiry_alert_rules")).isEqualTo(before);
    }

    @Test
    void the_admin_keeps_the_address_at_which_a_user_receives_alerts_for_their_roles() {
        MvcTestResult saved = as("admin").put("/api/v1/alert-recipients/supervisor",
                "{\"email\": \"supervisor@bakery.example\"}");

        assertThat(saved).hasStatus(200);
        assertThat((String) read(saved, "$.email")).isEqualTo("supervisor@bakery.example");
        assertThat((String) read(saved, "$.updatedBy")).isEqualTo("admin");
        assertThat(as("admin").put("/api/v1/alert-recipients/supervisor", "{\"email\": \"not an address\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("email");
        assertThat(as("admin").put("/api/v1/alert-recipients/nobody", "{\"email\": \"x@bakery.example\"}"))
                .hasStatus(404);
        assertThat(body(as("admin").get("/api/v1/alert-recipients"))).contains("supervisor@bakery.example");
    }
}
