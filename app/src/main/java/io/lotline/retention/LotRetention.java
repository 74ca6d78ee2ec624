package io.lotline.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * How long one lot's records are kept: the rule that governs it (null when none applies, and then they are kept),
 * the day from which they may be archived, and what blocks archiving now (an open recall, stock on hand).
 */
public record LotRetention(String lotNumber, String sku, String category, LocalDate lastRecordedOn,
                           LocalDate expiryDate, String rule, Law law, LocalDate archivableOn, boolean archivable,
                           List<String> blockedBy) {
    public LotRetention {
        blockedBy = List.copyOf(blockedBy);
    }
}
