package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.AlertRule;
import io.lotline.expiry.ExpiryRules;
import io.lotline.identity.Role;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.Lots;
import io.lotline.shared.PageRequest;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Expiry alert rules and lot number formats on the administration pages: everyone reads them; supervisors and
 * quality define and change rules, supervisors and admins define formats, as through the API; a refusal is shown
 * beside the input it is about and stores nothing.
 */
class AlertRulesAndFormatsPagesIT extends IntegrationTest {
    @Autowired
    ExpiryRules expiryRules;

    @Autowired
    Lots lots;

    Item item;

    @BeforeEach
    void anItem() {
        item = floor.anItem().register();
    }

    @Test
    void a_supervisor_defines_an_alert_rule_for_an_item_and_quality_changes_its_levels() {
        MvcTestResult defined = post("supervisor", "/admin/alert-rules", "item", item.sku(),
                "level0-days", "30", "level0-roles", "QUALITY", "level0-emails", "stores@bakery.example",
                "level1-days", "7", "level1-roles", "SUPERVISOR", "level1-escalate-hours", "24",
                "level1-escalate-emails", "plant-manager@bakery.example", "level2-days", "");

        long id = ruleOf(item.sku()).id();
        assertThat(defined).hasRedirectedUrl("/admin/alert-rules?done=defined&rule=" + id);
        AlertRule rule = expiryRules.rule(id);
        assertThat(rule.thresholds()).containsExactly(30, 7);
        assertThat(rule.levels().get(0).recipients().emails()).containsExactly("stores@bakery.example");
        assertThat(rule.levels().get(1).escalation().afterHours()).isEqualTo(24);
        assertThat(Api.body(get("operator", "/admin/alert-rules?done=defined&rule=" + id)))
                .contains("Rule " + id + " is defined").contains("Item " + item.sku())
                .contains("30 days before expiry").contains("escalates after 24 h")
                .doesNotContain("id=\"alert-rule-form\"");

        String form = Api.body(get("quality", "/admin/alert-rules/" + id));
        assertThat(form).contains("value=\"stores@bakery.example\"").contains("value=\"30\"")
                .contains("action=\"/admin/alert-rules/" + id + "\"");
        assertThat(post("quality", "/admin/alert-rules/" + id, "item", item.sku(), "critical", "true",
                "level0-days", "60", "level0-roles", "QUALITY", "level1-days", "14", "level1-roles", "SUPERVISOR"))
                .hasRedirectedUrl("/admin/alert-rules?done=changed&rule=" + id);
        assertThat(expiryRules.rule(id).thresholds()).containsExactly(60, 14);
        assertThat(expiryRules.rule(id).critical()).isTrue();
        assertThat(expiryRules.rule(id).updatedBy()).isEqualTo("quality");
    }

    @Test
    void levels_out_of_order_or_without_recipients_or_an_unknown_item_are_refused_beside_the_input_and_stored_never() {
        long before = expiryRules.rules(new PageRequest(0, 1)).totalElements();

        MvcTestResult upwards = post("quality", "/admin/alert-rules", "item", item.sku(), "level0-days", "7",
                "level0-roles", "QUALITY", "level1-days", "30", "level1-roles", "QUALITY");
        assertThat(upwards).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(upwards)).contains("id=\"level1-days-error\"").contains("value=\"30\"");

        MvcTestResult nobody = post("quality", "/admin/alert-rules", "item", item.sku(), "level0-days", "30");
        assertThat(Api.body(nobody)).contains("id=\"level0-roles-error\"").contains("at least one recipient");

        MvcTestResult badAddress = post("quality", "/admin/alert-rules", "item", item.sku(), "level0-days", "30",
                "level0-emails", "not an address");
        assertThat(Api.body(badAddress)).contains("id=\"level0-emails-error\"");

        MvcTestResult unknown = post("quality", "/admin/alert-rules", "item", "NO-SUCH-SKU", "level0-days", "30",
                "level0-roles", "QUALITY");
        assertThat(Api.body(unknown)).contains("id=\"item-error\"");

        MvcTestResult notANumber = post("quality", "/admin/alert-rules", "item", item.sku(), "level0-days",
                "thirty", "level0-roles", "QUALITY");
        assertThat(Api.body(notANumber)).contains("id=\"level0-days-error\"");
        assertThat(expiryRules.rules(new PageRequest(0, 1)).totalElements()).isEqualTo(before);
    }

    @Test
    void a_change_that_breaks_a_rule_is_refused_beside_its_input_and_leaves_the_rule_as_it_was() {
        post("supervisor", "/admin/alert-rules", "item", item.sku(), "level0-days", "30", "level0-roles",
                "QUALITY");
        long id = ruleOf(item.sku()).id();

        MvcTestResult refused = post("supervisor", "/admin/alert-rules/" + id, "item", item.sku(),
                "level0-days", "30", "level0-roles", "QUALITY", "level0-escalate-hours", "-1",
                "level0-escalate-emails", "boss@bakery.example");

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"level0-escalate-hours-error\"")
                .contains("action=\"/admin/alert-rules/" + id + "\"");
        assertThat(expiryRules.rule(id).levels()).singleElement().satisfies(level ->
                assertThat(level.escalates()).isFalse());
    }

    @Test
    void a_supervisor_defines_a_lot_number_format_and_a_pattern_without_a_sequence_is_refused_beside_it() {
        String code = "DESK" + Floor.next();

        MvcTestResult refused = post("supervisor", "/admin/lot-number-formats", "code", code, "pattern", "B{YY}{JJJ}",
                "description", "Bakery");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.body(refused)).contains("id=\"pattern-error\"").contains("exactly one sequence")
                .contains("value=\"" + code + "\"");
        assertThat(lots.formats()).extracting(LotNumberFormatDefinition::code).doesNotContain(code);

        MvcTestResult defined = post("admin", "/admin/lot-number-formats", "code", code, "pattern",
                "B{YY}{JJJ}-{SEQ:3}", "description", "Bakery");
        assertThat(defined).hasStatusOk();
        assertThat(Api.body(defined)).contains("id=\"answer\"").contains(code);
        assertThat(lots.formats()).filteredOn(format -> format.code().equals(code)).singleElement()
                .satisfies(format -> assertThat(format.isDefault()).isFalse());
        assertThat(Api.body(get("operator", "/admin/lot-number-formats"))).contains("B{YY}{JJJ}-{SEQ:3}")
                .doesNotContain("id=\"new-format\"");
    }

    @Test
    void everyone_reads_rules_and_formats_and_only_the_apis_roles_may_change_them() {
        Set<Role> expiryRolesAllowed = EnumSet.of(Role.SUPERVISOR, Role.QUALITY);
        Set<Role> masterData = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            for (String page : List.of("/admin/alert-rules", "/admin/lot-number-formats")) {
                if (get(name, page).getResponse().getStatus() != 200) {
                    wrong.add(role + " GET " + page);
                }
            }
            int define = post(name, "/admin/alert-rules").getResponse().getStatus();
            int replace = post(name, "/admin/alert-rules/0").getResponse().getStatus();
            int format = post(name, "/admin/lot-number-formats").getResponse().getStatus();
            boolean mayKeepRules = expiryRolesAllowed.contains(role);
            if (mayKeepRules == (define == 403) || mayKeepRules == (replace == 403)
                    || masterData.contains(role) == (format == 403)) {
                wrong.add(role + " " + define + " " + replace + " " + format);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private AlertRule ruleOf(String sku) {
        return expiryRules.rules(new PageRequest(0, PageRequest.MAX_SIZE)).content().stream()
                .filter(rule -> sku.equals(rule.item())).findFirst().orElseThrow();
    }

    private MvcTestResult get(String username, String path) {
        return mvc.get().uri(path).with(user(username).roles(username.toUpperCase())).exchange();
    }

    private MvcTestResult post(String username, String path, String... params) {
        var request = mvc.post().uri(path).with(user(username).roles(username.toUpperCase())).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}
