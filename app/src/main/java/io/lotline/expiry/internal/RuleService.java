package io.lotline.expiry.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Category;
import io.lotline.expiry.AlertRule;
import io.lotline.expiry.AlertRuleDefinition;
import io.lotline.expiry.ExpiryRules;
import io.lotline.expiry.RuleExists;
import io.lotline.identity.CurrentActor;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps one rule per item and per category, for items and categories the catalog knows. */
@Service
@Transactional
class RuleService implements ExpiryRules {
    private final Rules rules;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Clock clock;

    RuleService(Rules rules, Catalog catalog, CurrentActor actor, Clock clock) {
        this.rules = rules;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public AlertRule define(AlertRuleDefinition rule) {
        Rules.Target target = target(rule);
        rules.idFor(target).ifPresent(existing -> refuseSecondRule(rule, existing));
        return rule(rules.insert(rule, target, clock.instant(), actor.current().username()));
    }

    @Override
    public AlertRule replace(long id, AlertRuleDefinition rule) {
        rule(id);
        Rules.Target target = target(rule);
        rules.idFor(target).filter(existing -> existing != id).ifPresent(existing -> refuseSecondRule(rule, existing));
        rules.update(id, rule, target, clock.instant(), actor.current().username());
        return rule(id);
    }

    @Override
    @Transactional(readOnly = true)
    public AlertRule rule(long id) {
        return rules.byId(id).orElseThrow(() -> new Unknown("expiry alert rule", "id", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AlertRule> rules(PageRequest page) {
        return rules.page(page);
    }

    private Rules.Target target(AlertRuleDefinition rule) {
        if (rule.item() != null) {
            try {
                return new Rules.Target(catalog.item(rule.item()).id(), null);
            } catch (Unknown unknownSku) {
                throw new Unknown("item", "item", rule.item());
            }
        }
        return new Rules.Target(null, category(rule.category())
                .orElseThrow(() -> new Unknown("category", "category", rule.category())).id());
    }

    /** Categories are few; the catalog lists them page by page. */
    private Optional<Category> category(String code) {
        for (int page = 0; ; page++) {
            Page<Category> categories = catalog.categories(new PageRequest(page, PageRequest.MAX_SIZE));
            Optional<Category> found = categories.content().stream().filter(c -> c.code().equals(code)).findFirst();
            if (found.isPresent() || page + 1 >= categories.totalPages()) {
                return found;
            }
        }
    }

    private static void refuseSecondRule(AlertRuleDefinition rule, long existing) {
        throw rule.item() != null ? new RuleExists("item", rule.item(), existing)
                : new RuleExists("category", rule.category(), existing);
    }
}
