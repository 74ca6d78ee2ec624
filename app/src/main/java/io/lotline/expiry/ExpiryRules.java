package io.lotline.expiry;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/** The expiry alert rules of items and categories. Unknown items and categories are refused. */
public interface ExpiryRules {

    AlertRule define(AlertRuleDefinition rule);

    /** Replaces a rule's target, levels and secret; alerts already raised stay as they are. */
    AlertRule replace(long id, AlertRuleDefinition rule);

    AlertRule rule(long id);

    Page<AlertRule> rules(PageRequest page);
}
