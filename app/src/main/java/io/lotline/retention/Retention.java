package io.lotline.retention;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Retention rules, the retention report and archive bundles. Rules are read from the database on every use. */
public interface Retention {

    /** Records a new version of the rules; refused when a rule is shorter than a law it names. */
    RetentionRules define(DefineRetentionRules rules);

    RetentionRules current();

    /** Every version, the newest first. */
    List<RetentionRules> history();

    /** Per lot, in the order lots were created. */
    Page<LotRetention> report(PageRequest page);

    /** Per rule, in the order of the rules, then the lots no rule governs. */
    List<RuleSummary> byRule();

    /**
     * Writes the archive bundle (a ZIP) of the lots whose retention has passed by {@code until} to the stream the
     * supplier opens, after refusing a period that is not closed or still holds open recalls or stock.
     */
    void archive(LocalDate until, Supplier<OutputStream> out);
}
