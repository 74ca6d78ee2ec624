package io.lotline.ui.internal;

import io.lotline.expiry.AlertRule;
import io.lotline.expiry.ExpiryRules;
import io.lotline.identity.Access;
import io.lotline.identity.Role;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The expiry alert rules of items and categories: everyone reads them, as through the API; supervisors and quality
 * define a rule and change one (its target, levels, recipients, escalations and webhook secret) through the expiry
 * module, whose rules refuse what is wrong. A second submit of a new rule is refused as a second rule for the target.
 */
@Controller
class AlertRulesPage extends PageController {
    private final ExpiryRules expiryRules;
    private final FormRules rules;
    private final MessageSource messages;

    AlertRulesPage(ExpiryRules expiryRules, FormRules rules, MessageSource messages) {
        this.expiryRules = expiryRules;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/admin/alert-rules")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView list(@RequestParam(required = false) String done, @RequestParam(required = false) Long rule) {
        return page(null, Map.of(), AlertRuleForm.rows(0)).addObject("done", done).addObject("doneRule", rule);
    }

    @GetMapping("/admin/alert-rules/{id}")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView edit(@PathVariable long id) {
        AlertRule rule = expiryRules.rule(id);
        return page(id, AlertRuleForm.typed(rule), AlertRuleForm.rows(rule.levels().size()));
    }

    @PostMapping("/admin/alert-rules")
    @PreAuthorize(Access.EXPIRY_RULES)
    ModelAndView define(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AlertRuleForm form = new AlertRuleForm(new AdminForm(submitted));
        return act(null, submitted, form, locale, () -> expiryRules.define(rules.checked(form.definition())));
    }

    @PostMapping("/admin/alert-rules/{id}")
    @PreAuthorize(Access.EXPIRY_RULES)
    ModelAndView replace(@PathVariable long id, @RequestParam MultiValueMap<String, String> submitted,
                         Locale locale) {
        expiryRules.rule(id);
        AlertRuleForm form = new AlertRuleForm(new AdminForm(submitted));
        return act(id, submitted, form, locale, () -> expiryRules.replace(id, rules.checked(form.definition())));
    }

    private ModelAndView act(Long id, MultiValueMap<String, String> submitted, AlertRuleForm form, Locale locale,
                             Supplier<AlertRule> action) {
        try {
            AlertRule saved = action.get();
            return new ModelAndView("redirect:/admin/alert-rules?done=" + (id == null ? "defined" : "changed")
                    + "&rule=" + saved.id());
        } catch (LotlineException refused) {
            FormFailure failure = FormFailure.of(refused, messages, locale);
            ModelAndView page = page(id, new AdminForm(submitted).typed(), AlertRuleForm.rows(
                    (int) submitted.keySet().stream().filter(name -> name.endsWith("-days")).count()));
            page.addObject("failure", new FormFailure(form.inputOf(refused.field()), failure.value(), failure.rule(),
                    failure.message()));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private ModelAndView page(Long editing, Map<String, String> typed, int rows) {
        ModelAndView page = new ModelAndView("admin/alert-rules");
        page.addObject("alertRules", expiryRules.rules(new PageRequest(0, PageRequest.MAX_SIZE)).content());
        page.addObject("editing", editing);
        page.addObject("typed", typed);
        page.addObject("rows", rows);
        page.addObject("roles", Role.values());
        return page;
    }
}
