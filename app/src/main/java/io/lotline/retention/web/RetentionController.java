package io.lotline.retention.web;

import io.lotline.identity.Access;
import io.lotline.retention.DefineRetentionRules;
import io.lotline.retention.LotRetention;
import io.lotline.retention.Retention;
import io.lotline.retention.RetentionRules;
import io.lotline.retention.RuleSummary;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention rules (a PUT records a new version with its reason), the retention report per lot or per rule, and the
 * archive bundle of a closed period.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Retention")
class RetentionController {
    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @PutMapping("/retention-rules")
    @PreAuthorize(Access.ADMIN)
    RetentionRules define(@RequestBody @Valid DefineRetentionRules rules) {
        return retention.define(rules);
    }

    @GetMapping("/retention-rules")
    @PreAuthorize(Access.RETENTION)
    RetentionRules current() {
        return retention.current();
    }

    @GetMapping("/retention-rules/history")
    @PreAuthorize(Access.RETENTION)
    List<RetentionRules> history() {
        return retention.history();
    }

    @GetMapping(value = "/retention", params = "!by")
    @PreAuthorize(Access.RETENTION)
    Page<LotRetention> report(PageRequest page) {
        return retention.report(page);
    }

    @GetMapping(value = "/retention", params = "by")
    @PreAuthorize(Access.RETENTION)
    List<RuleSummary> byRule(@RequestParam String by) {
        if (!"rule".equals(by)) {
            throw new InvalidInput("by", by, "one-of", "The report is aggregated by 'rule', or per lot without 'by'");
        }
        return retention.byRule();
    }

    /** A ZIP of the ledger entries of lots whose retention has passed by the day given, with their chain hashes. */
    @GetMapping("/archive")
    @PreAuthorize(Access.ARCHIVE)
    void archive(@RequestParam LocalDate until, HttpServletResponse response) {
        retention.archive(until, () -> {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"lotline-archive-until-" + until + ".zip\"");
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
