package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.retention.Retention;
import io.lotline.retention.RetentionRule;
import io.lotline.retention.RetentionRules;
import io.lotline.retention.RuleSummary;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records retention for compliance (ADR 35): the rules in force with who set them and why, what falls under which
 * rule and when it may be archived, the lots one by one, and the archive bundle of a closed period as a download.
 * A period the archive refuses (not closed, open recalls, stock) is shown again with the reason beside the day.
 */
@Controller
class RetentionPage extends PageController {
    static final int SHOWN = 50;

    private final Retention retention;
    private final MessageSource messages;

    RetentionPage(Retention retention, MessageSource messages) {
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping("/retention")
    @PreAuthorize(Access.RETENTION)
    ModelAndView report(@RequestParam(defaultValue = "0") int page) {
        return page(page, Map.of());
    }

    /** Streams the bundle; nothing is written before the period is accepted, so a refusal is still a page. */
    @GetMapping("/retention/archive")
    @PreAuthorize(Access.ARCHIVE)
    ModelAndView archive(@RequestParam(required = false) String until, HttpServletResponse response, Locale locale) {
        try {
            LocalDate day = day(until);
            retention.archive(day, () -> {
                response.setContentType("application/zip");
                response.setHeader("Content-Disposition",
                        "attachment; filename=\"lotline-archive-until-" + day + ".zip\"");
                try {
                    return response.getOutputStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        } catch (LotlineException refused) {
            ModelAndView page = page(0, until == null ? Map.of() : Map.of("until", until));
            page.addObject("failure", FormFailure.of(refused, messages, locale));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("until", typed, "required", "Say the last day of the period to archive");
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInput("until", typed, "date", "Give the day, e.g. 2024-12-31");
        }
    }

    /** One line of the summary: what the rule governs, beside the rule itself (none for the lots no rule governs). */
    record RuleRow(RuleSummary summary, RetentionRule rule) {
    }

    private ModelAndView page(int page, Map<String, String> typed) {
        ModelAndView view = new ModelAndView("retention");
        RetentionRules rules = retention.current();
        view.addObject("rules", rules);
        view.addObject("byRule", retention.byRule().stream().map(summary -> new RuleRow(summary,
                rules.rules().stream().filter(rule -> rule.code().equals(summary.rule())).findFirst().orElse(null)))
                .toList());
        view.addObject("lots", retention.report(new PageRequest(Math.max(0, page), SHOWN)));
        view.addObject("typed", typed);
        return view;
    }
}
