package io.lotline.picking.domain;

import java.util.Map;

/**
 * A GS1 application identifier Lotline reads from labels, with the form of its data: a fixed number of digits, or up
 * to a maximum number of characters ended by a group separator.
 */
record ApplicationIdentifier(String code, int length, boolean fixed, boolean numeric) {
    private static final Map<String, ApplicationIdentifier> KNOWN = Map.ofEntries(
            fixed("00", 18), fixed("01", 14), fixed("02", 14), variable("10", 20, false),
            fixed("11", 6), fixed("12", 6), fixed("13", 6), fixed("15", 6), fixed("16", 6), fixed("17", 6),
            fixed("20", 2), variable("21", 20, false), variable("30", 8, true), variable("37", 8, true),
            variable("400", 30, false), fixed("410", 13), fixed("411", 13), fixed("412", 13), fixed("413", 13),
            fixed("414", 13), fixed("415", 13), fixed("416", 13), fixed("417", 13));

    /** The identifier by its code, including the measures 3100-3699 (six digits each). */
    static ApplicationIdentifier of(String code) {
        if (code.length() == 4 && code.charAt(0) == '3' && code.charAt(1) >= '1' && code.charAt(1) <= '6'
                && Character.isDigit(code.charAt(2)) && Character.isDigit(code.charAt(3))) {
            return new ApplicationIdentifier(code, 6, true, true);
        }
        return KNOWN.get(code);
    }

    /** The identifier that begins raw data at the position, trying two, three and four digits. */
    static ApplicationIdentifier startingAt(String data, int at) {
        for (int size = 2; size <= 4 && at + size <= data.length(); size++) {
            ApplicationIdentifier ai = of(data.substring(at, at + size));
            if (ai != null) {
                return ai;
            }
        }
        return null;
    }

    /** What is wrong with the data of this AI, or null when it is well formed. */
    String problemWith(String value) {
        if (fixed && value.length() != length) {
            return "(" + code + ") has exactly " + length + " digits, not " + value.length();
        }
        if (value.isEmpty() || value.length() > length) {
            return "(" + code + ") has 1 to " + length + " characters, not " + value.length();
        }
        if (numeric && !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "(" + code + ") has digits only";
        }
        if (value.chars().anyMatch(c -> c < 33 || c > 126)) {
            return "(" + code + ") has printable characters only";
        }
        return null;
    }

    private static Map.Entry<String, ApplicationIdentifier> fixed(String code, int length) {
        return Map.entry(code, new ApplicationIdentifier(code, length, true, true));
    }

    private static Map.Entry<String, ApplicationIdentifier> variable(String code, int max, boolean numeric) {
        return Map.entry(code, new ApplicationIdentifier(code, max, false, numeric));
    }
}
