package io.lotline.gs1.internal;

import java.util.List;

/**
 * One part of an AI's data as the Syntax Dictionary describes it: a character set (N digits, X the 82 characters of
 * CSET 82, Y CSET 39, Z CSET 64), a fixed length or a maximum, whether it may be left out, and the linters that check
 * its content (check digits, dates, country codes...).
 */
record Component(char charset, int minLength, int maxLength, boolean optional, List<String> linters) {

    boolean fixed() {
        return minLength == maxLength;
    }

    /** Reads {@code N6,yymmd0}, {@code X..20}, {@code [N..12]} or {@code [X1],hyphen}. */
    static Component parse(String text) {
        String[] parts = text.split(",");
        String type = parts[0];
        boolean optional = type.startsWith("[");
        if (optional) {
            type = type.substring(1, type.length() - 1);
        }
        char charset = type.charAt(0);
        boolean variable = type.startsWith("..", 1);
        int length = Integer.parseInt(type.substring(variable ? 3 : 1));
        return new Component(charset, variable ? 1 : length, length, optional,
                List.of(parts).subList(1, parts.length));
    }
}
