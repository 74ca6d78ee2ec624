package io.lotline.retention;

import io.lotline.shared.Code;
import io.lotline.shared.InvalidInput;

/**
 * Keep the records of the lots of a category (every lot when no category is named) until the later of: the lot's
 * last record plus {@code monthsAfterRecord}, and its expiry date plus {@code monthsAfterExpiry} (when both are
 * known). A rule naming a law may keep records longer than the law asks, never shorter.
 */
public record RetentionRule(@Code String code, @Code String category, Law law, Integer monthsAfterRecord,
                            Integer monthsAfterExpiry) {
    public static final int MAX_MONTHS = 1200;

    public RetentionRule {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new InvalidInput("code", code, "required", "A rule has a code of 1 to 40 characters");
        }
        if (monthsAfterRecord == null) {
            throw new InvalidInput("monthsAfterRecord", null, "required",
                    "Say how many months after the lot's last record its records are kept");
        }
        if (monthsAfterRecord < 0 || monthsAfterRecord > MAX_MONTHS) {
            throw new InvalidInput("monthsAfterRecord", monthsAfterRecord, "months-range",
                    "Months are counted from 0 to " + MAX_MONTHS);
        }
        if (monthsAfterExpiry != null && (monthsAfterExpiry < 0 || monthsAfterExpiry > MAX_MONTHS)) {
            throw new InvalidInput("monthsAfterExpiry", monthsAfterExpiry, "months-range",
                    "Months are counted from 0 to " + MAX_MONTHS);
        }
    }
}
