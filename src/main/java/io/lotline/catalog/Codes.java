package io.lotline.catalog;

import io.lotline.shared.InvalidInput;
import java.util.regex.Pattern;

/** The shape of master-data codes (SKU, location, party code) and free texts, checked the same way everywhere. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private Codes() {
    }

    static String require(String field, String code, int maxLength) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, code, "required", "A " + field + " is required");
        }
        String trimmed = code.trim();
        if (trimmed.length() > maxLength || !CODE.matcher(trimmed).matches()) {
            throw new InvalidInput(field, code, "code-format", "A " + field + " has 1-" + maxLength
                    + " letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
        return trimmed;
    }

    static String text(String field, String text, int maxLength, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInput(field, text, "required", "A " + field + " is required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidInput(field, text, "text-length", "A " + field + " has at most " + maxLength
                    + " characters");
        }
        return text.trim();
    }
}
