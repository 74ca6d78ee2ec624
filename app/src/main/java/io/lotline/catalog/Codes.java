package io.lotline.catalog;

import io.lotline.shared.InvalidInput;
import java.util.regex.Pattern;

/** The shape of master-data codes (SKU, location, party code) and free texts, checked the same way everywhere. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

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

    /**
     * A phone number as people write it: an optional leading '+', then digits with spaces, brackets, dots, slashes or
     * dashes between them, 6 to 15 digits in all (E.164 allows at most 15).
     */
    static String phone(String field, String phone) {
        String text = text(field, phone, 40, false);
        if (text == null) {
            return null;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(text).matches() || digits < 6 || digits > 15) {
            throw new InvalidInput(field, phone, "phone-format", "A " + field + " is 6-15 digits, optionally starting"
                    + " with '+' and spaced with ' ', '-', '.', '/' or brackets (+49 30 1234567)");
        }
        return text;
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
