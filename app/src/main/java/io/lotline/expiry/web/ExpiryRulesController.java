package io.lotline.expiry.web;

import io.lotline.expiry.AlertRule;
import io.lotline.expiry.AlertRuleDefinition;
import io.lotline.expiry.ExpiryRules;
import io.lotline.identity.Access;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Expiry alert rules of items and categories: thresholds, recipients, escalation, critical items. */
@RestController
@RequestMapping("/api/v1/expiry-alert-rules")
@Tag(name = "Expiry alerts")
class ExpiryRulesController {
    private final ExpiryRules rules;

    ExpiryRulesController(ExpiryRules rules) {
        this.rules = rules;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.EXPIRY_RULES)
    AlertRule define(@RequestBody @Valid AlertRuleDefinition rule) {
        return rules.define(rule);
    }

    @GetMapping
    @PreAuthorize(Access.ANY_USER)
    Page<AlertRule> rules(PageRequest page) {
        return rules.rules(page);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANY_USER)
    AlertRule rule(@PathVariable long id) {
        return rules.rule(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.EXPIRY_RULES)
    AlertRule replace(@PathVariable long id, @RequestBody @Valid AlertRuleDefinition rule) {
        return rules.replace(id, rule);
    }
}
