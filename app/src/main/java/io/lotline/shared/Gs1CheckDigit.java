package io.lotline.shared;

/** The GS1 modulo-10 check digit shared by GTIN, GLN and SSCC: weights 3 and 1 from the right, excluding the check. */
final class Gs1CheckDigit {
    private Gs1CheckDigit() {
    }

    static boolean isValid(String digits) {
        return expected(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    static int expected(String withoutCheckDigit) {
        int sum = 0;
        for (int i = withoutCheckDigit.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (withoutCheckDigit.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    static void requireDigits(String field, String value, String name) {
        if (value == null || value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInput(field, value, name.toLowerCase() + "-format", "A " + name + " is made of digits");
        }
    }

    static String requireValid(String field, String value, int[] lengths, String name) {
        if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9') || !lengthAllowed(value.length(), lengths)) {
            throw new InvalidInput(field, value, name.toLowerCase() + "-format",
                    "A " + name + " has " + describe(lengths) + " digits");
        }
        if (!isValid(value)) {
            throw new InvalidInput(field, value, name.toLowerCase() + "-check-digit",
                    "The " + name + " check digit is wrong: expected "
                            + expected(value.substring(0, value.length() - 1)) + " at the end");
        }
        return value;
    }

    private static boolean lengthAllowed(int length, int[] lengths) {
        for (int allowed : lengths) {
            if (allowed == length) {
                return true;
            }
        }
        return false;
    }

    private static String describe(int[] lengths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lengths.length; i++) {
            text.append(i == 0 ? "" : i == lengths.length - 1 ? " or " : ", ").append(lengths[i]);
        }
        return text.toString();
    }
}
