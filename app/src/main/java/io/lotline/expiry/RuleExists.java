package io.lotline.expiry;

import io.lotline.shared.Conflict;

/** An item or a category has one expiry rule; a second one is refused, the first is replaced instead. */
public class RuleExists extends Conflict {
    public RuleExists(String field, String code, long ruleId) {
        super(field, code, "one-rule-per-target", "There is already rule " + ruleId + " for " + field + " '" + code
                + "'; replace it with PUT /api/v1/expiry-alert-rules/" + ruleId);
    }
}
