package io.lotline.expiry;

import io.lotline.expiry.domain.ThresholdPolicy;
import io.lotline.shared.Code;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Secret;
import jakarta.validation.Valid;
import java.util.List;

/**
 * What quality or the warehouse states about the expiry warnings of one item (its SKU) or of a whole category (its
 * code): the levels from the earliest warning to the most urgent, whether the goods are critical, and the secret
 * with which webhooks are signed. An item's own rule wins over its category's.
 */
public record AlertRuleDefinition(@Code String item, @Code String category, boolean critical,
                                  @Secret String webhookSecret, List<@Valid AlertLevel> levels) {
    public static final int MAX_LEVELS = 10;

    public AlertRuleDefinition {
        item = blankToNull(item);
        category = blankToNull(category);
        if (item == null && category == null) {
            throw new InvalidInput("item", null, "rule-target",
                    "A rule is for one item (item: its SKU) or for one category (category: its code)");
        }
        if (item != null && category != null) {
            throw new InvalidInput("category", category, "rule-target",
                    "A rule is for one item or for one category, not both");
        }
        levels = checkedLevels(levels);
        webhookSecret = blankToNull(webhookSecret);
        if (signsWebhooks(levels) && (webhookSecret == null || webhookSecret.length() < 16
                || webhookSecret.length() > 200)) {
            throw new InvalidInput("webhookSecret", "(hidden)", "webhook-secret-length",
                    "Webhooks are signed: give a webhookSecret of 16 to 200 characters");
        }
    }

    private static List<AlertLevel> checkedLevels(List<AlertLevel> levels) {
        if (levels == null || levels.isEmpty()) {
            throw new InvalidInput("levels", null, "at-least-one-level",
                    "A rule has at least one level, such as 30 days before expiry");
        }
        if (levels.size() > MAX_LEVELS) {
            throw new InvalidInput("levels", levels.size(), "levels-count",
                    "A rule has at most " + MAX_LEVELS + " levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) == null) {
                throw new InvalidInput("levels[" + i + "]", null, "required", "A level cannot be empty");
            }
        }
        ThresholdPolicy.checkOrder(levels.stream().map(AlertLevel::daysBeforeExpiry).toList()).ifPresent(rejection -> {
            throw new InvalidInput("levels[" + rejection.level() + "].daysBeforeExpiry",
                    levels.get(rejection.level()).daysBeforeExpiry(), rejection.rule(), rejection.reason());
        });
        AlertLevel last = levels.get(levels.size() - 1);
        if (last.escalates() && !last.escalation().namesRecipients()) {
            throw new InvalidInput("levels[" + (levels.size() - 1) + "].escalation.recipients", null,
                    "escalation-has-recipients",
                    "The most urgent level has no next level to hand over to: name the escalation's recipients");
        }
        return List.copyOf(levels);
    }

    private static boolean signsWebhooks(List<AlertLevel> levels) {
        return levels.stream().anyMatch(level -> !level.recipients().webhooks().isEmpty()
                || level.escalates() && !level.escalation().recipients().webhooks().isEmpty());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
