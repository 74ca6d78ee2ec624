package io.lotline.retention;

import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A new version of the whole set of retention rules, with the reason for the change. */
public record DefineRetentionRules(List<@Valid RetentionRule> rules, @FreeText String reason) {
    public static final int MAX_RULES = 100;

    public DefineRetentionRules {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", reason, "required", "Say why the retention rules change");
        }
        if (reason.length() > 500) {
            throw new InvalidInput("reason", reason, "text-length", "A reason has at most 500 characters");
        }
        if (rules == null) {
            throw new InvalidInput("rules", null, "required", "State the rules; an empty list keeps every record");
        }
        if (rules.size() > MAX_RULES) {
            throw new InvalidInput("rules", rules.size(), "rule-count", "At most " + MAX_RULES + " rules");
        }
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) == null) {
                throw new InvalidInput("rules[" + i + "]", null, "required", "A rule is described here");
            }
        }
        rules = List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!codes.add(rules.get(i).code())) {
                throw new InvalidInput("rules[" + i + "].code", rules.get(i).code(), "rule-unique",
                        "Each rule has its own code");
            }
        }
    }
}
