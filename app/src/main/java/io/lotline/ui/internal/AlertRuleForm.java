package io.lotline.ui.internal;

import io.lotline.expiry.AlertLevel;
import io.lotline.expiry.AlertRule;
import io.lotline.expiry.AlertRuleDefinition;
import io.lotline.expiry.Escalation;
import io.lotline.expiry.Recipients;
import io.lotline.identity.Role;
import io.lotline.shared.LotlineException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An expiry alert rule as its form carries it: the item or category, whether the goods are critical, the webhook
 * secret, and one row per level (days before expiry, roles, e-mail addresses and webhooks separated by commas, and an
 * optional escalation). A row left blank is no level. What a rule must be is the expiry module's rule; this form only
 * reads rows into levels and names the input a refusal is about.
 */
final class AlertRuleForm {
    static final int MIN_ROWS = 3;
    private static final Pattern LEVEL_FIELD = Pattern.compile("levels(?:\\[(\\d+)])?(?:\\.(.*))?");
    private static final Pattern ROW_INPUT = Pattern.compile("level\\d+-[a-z-]+$");

    private final AdminForm form;
    private final List<Integer> rowOfLevel = new ArrayList<>();

    AlertRuleForm(AdminForm form) {
        this.form = form;
    }

    /** How many level rows a form shows: the rule's levels and one blank row more, at least {@link #MIN_ROWS}. */
    static int rows(int levels) {
        return Math.min(AlertRuleDefinition.MAX_LEVELS, Math.max(MIN_ROWS, levels + 1));
    }

    AlertRuleDefinition definition() {
        List<AlertLevel> levels = new ArrayList<>();
        for (int row = 0; row < AlertRuleDefinition.MAX_LEVELS; row++) {
            if (!blank(row)) {
                rowOfLevel.add(row);
                levels.add(level(row, levels.size()));
            }
        }
        return new AlertRuleDefinition(form.text("item"), form.text("category"), form.ticked("critical"),
                form.raw("webhookSecret"), levels);
    }

    /** The input a refusal is about: {@code levels[1].recipients.emails[0]} is the e-mail input of that level's row. */
    String inputOf(String field) {
        Matcher input = ROW_INPUT.matcher(field == null ? "" : field);
        if (input.find()) {
            return input.group();
        }
        Matcher level = LEVEL_FIELD.matcher(field == null ? "" : field);
        if (!level.matches()) {
            return field;
        }
        int index = level.group(1) == null ? 0 : Integer.parseInt(level.group(1));
        int row = index < rowOfLevel.size() ? rowOfLevel.get(index) : index;
        String rest = level.group(2) == null ? "" : level.group(2);
        String part = rest.startsWith("escalation.afterHours") ? "escalate-hours"
                : rest.startsWith("escalation.recipients.roles") ? "escalate-roles"
                : rest.startsWith("escalation") ? "escalate-emails"
                : rest.startsWith("recipients.emails") ? "emails"
                : rest.startsWith("recipients.webhooks") ? "webhooks"
                : rest.startsWith("recipients") ? "roles" : "days";
        return "level" + row + "-" + part;
    }

    /** A stored rule as its form shows it for a change (the webhook secret is never shown: it is typed again). */
    static Map<String, String> typed(AlertRule rule) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("item", rule.item() == null ? "" : rule.item());
        typed.put("category", rule.category() == null ? "" : rule.category());
        typed.put("critical", String.valueOf(rule.critical()));
        for (int row = 0; row < rule.levels().size(); row++) {
            AlertLevel level = rule.levels().get(row);
            String prefix = "level" + row + "-";
            typed.put(prefix + "days", String.valueOf(level.daysBeforeExpiry()));
            typed.put(prefix + "roles", names(level.recipients().roles()));
            typed.put(prefix + "emails", String.join(", ", level.recipients().emails()));
            typed.put(prefix + "webhooks", String.join(", ", level.recipients().webhooks()));
            if (level.escalates()) {
                typed.put(prefix + "escalate-hours", String.valueOf(level.escalation().afterHours()));
                typed.put(prefix + "escalate-roles", names(level.escalation().recipients().roles()));
                typed.put(prefix + "escalate-emails", String.join(", ", level.escalation().recipients().emails()));
            }
        }
        return typed;
    }

    private AlertLevel level(int row, int index) {
        String prefix = "level" + row + "-";
        try {
            Recipients recipients = recipients(prefix + "roles", prefix + "emails", prefix + "webhooks",
                    "levels[" + index + "].recipients");
            Escalation escalation = escalation(prefix, index);
            return new AlertLevel(form.number(prefix + "days"), recipients, escalation);
        } catch (LotlineException refused) {
            throw refused.field() != null && refused.field().startsWith("levels[") ? refused
                    : refused.within("levels[" + index + "]");
        }
    }

    private Escalation escalation(String prefix, int index) {
        if (form.text(prefix + "escalate-hours") == null && form.text(prefix + "escalate-emails") == null
                && form.choices(prefix + "escalate-roles", Role.class).isEmpty()) {
            return null;
        }
        Recipients recipients = recipients(prefix + "escalate-roles", prefix + "escalate-emails", null,
                "levels[" + index + "].escalation.recipients");
        try {
            return new Escalation(form.number(prefix + "escalate-hours"), recipients);
        } catch (LotlineException refused) {
            throw refused.within("levels[" + index + "].escalation");
        }
    }

    private Recipients recipients(String roles, String emails, String webhooks, String path) {
        try {
            return new Recipients(form.choices(roles, Role.class), list(emails), webhooks == null ? List.of()
                    : list(webhooks));
        } catch (LotlineException refused) {
            throw refused.within(path);
        }
    }

    private List<String> list(String field) {
        String typed = form.text(field);
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private boolean blank(int row) {
        String prefix = "level" + row + "-";
        return List.of("days", "emails", "webhooks", "escalate-hours", "escalate-emails").stream()
                .allMatch(input -> form.text(prefix + input) == null)
                && form.form().get(prefix + "roles") == null && form.form().get(prefix + "escalate-roles") == null;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }
}
