package io.lotline.retention.domain;

import io.lotline.retention.Law;
import io.lotline.retention.RetentionRule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule keeps a lot's records, and until when. Every rule of the lot's category (and every rule naming no
 * category) applies; the one that keeps the records longest governs, so no law is ever cut short by another rule.
 */
public final class RetentionPolicy {

    private RetentionPolicy() {
    }

    /** What retention is counted from: the lot's category, its last record and its expiry date (may be null). */
    public record LotFacts(String category, LocalDate lastRecordedOn, LocalDate expiryDate) {
        public LotFacts {
            Objects.requireNonNull(lastRecordedOn, "lastRecordedOn");
        }
    }

    /** The rule that governs a lot and the first day its records may be archived. */
    public record Governing(RetentionRule rule, LocalDate archivableOn) {
    }

    /** A rule kept shorter than the law it names: the field, its value and why. */
    public record Shortfall(String field, Object value, String reason) {
    }

    /** The longest applicable rule; on a tie the one listed first. Empty when no rule applies. */
    public static Optional<Governing> govern(LotFacts lot, List<RetentionRule> rules) {
        return rules.stream()
                .filter(rule -> rule.category() == null || rule.category().equals(lot.category()))
                .map(rule -> new Governing(rule, keepUntil(rule, lot)))
                .max(Comparator.comparing(Governing::archivableOn)
                        .thenComparing(governing -> -rules.indexOf(governing.rule())));
    }

    /** The later of last record plus the months after record, and expiry plus the months after expiry. */
    public static LocalDate keepUntil(RetentionRule rule, LotFacts lot) {
        LocalDate until = lot.lastRecordedOn().plusMonths(rule.monthsAfterRecord());
        if (rule.monthsAfterExpiry() != null && lot.expiryDate() != null) {
            LocalDate afterExpiry = lot.expiryDate().plusMonths(rule.monthsAfterExpiry());
            if (afterExpiry.isAfter(until)) {
                until = afterExpiry;
            }
        }
        return until;
    }

    /** Whether the rule keeps records at least as long as the law it names asks. */
    public static Optional<Shortfall> shorterThanLaw(RetentionRule rule) {
        Law law = rule.law();
        if (law == null) {
            return Optional.empty();
        }
        if (rule.monthsAfterRecord() < law.monthsAfterRecord()) {
            return Optional.of(new Shortfall("monthsAfterRecord", rule.monthsAfterRecord(),
                    law + " asks for at least " + law.monthsAfterRecord() + " months after the record"));
        }
        if (law.monthsAfterExpiry() != null
                && (rule.monthsAfterExpiry() == null || rule.monthsAfterExpiry() < law.monthsAfterExpiry())) {
            return Optional.of(new Shortfall("monthsAfterExpiry", rule.monthsAfterExpiry(),
                    law + " asks for at least " + law.monthsAfterExpiry() + " months after expiry"));
        }
        return Optional.empty();
    }
}
