package io.lotline.shared;

/**
 * A lot (batch) number as printed on the label. Kept verbatim: no trimming of inner characters, no case folding,
 * because a supplier's "l0t-7" and "L0T-7" may be two lots. Printable characters only, at most 80.
 */
public record LotNumber(String value) {
    public static final int MAX_LENGTH = 80;

    public LotNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("lotNumber", value, "required", "A lot number is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("lotNumber", value, "lot-number-length",
                    "A lot number has at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl) || !value.equals(value.strip())) {
            throw new InvalidInput("lotNumber", value, "lot-number-characters",
                    "A lot number has no control characters and no leading or trailing spaces");
        }
    }

    @Override
    public String toString() { return value; }
}
