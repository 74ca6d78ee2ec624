package io.lotline.retention;

import java.time.LocalDate;

/** The lots one rule governs (rule null: lots no rule applies to), and how many may be archived now. */
public record RuleSummary(String rule, Law law, long lots, long archivableNow, long blocked,
                          LocalDate firstArchivableOn, LocalDate lastArchivableOn) {
}
