package io.lotline.retention;

import java.time.Instant;
import java.util.List;

/** A version of the retention rules with who changed them, when and why; version 0 is "no rules yet". */
public record RetentionRules(int version, List<RetentionRule> rules, Instant changedAt, String changedBy,
                             String reason) {
    public RetentionRules {
        rules = List.copyOf(rules);
    }

    public static RetentionRules none() {
        return new RetentionRules(0, List.of(), null, null, null);
    }
}
