package io.lotline.receiving.domain;

import io.lotline.shared.InvalidInput;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of serial numbers scanned as first and last, {@code SN0001-SN0012}: the same prefix, a numeric part of the
 * same width, and every number in between.
 */
public final class SerialRange {
    private static final Pattern BOUND = Pattern.compile("(.*?)(\\d+)");
    public static final int MAX_UNITS = 100_000;

    private SerialRange() {
    }

    public static List<String> expand(String range) {
        int dash = range == null ? -1 : findSeparator(range);
        if (dash < 0) {
            throw invalid(range, "Write a range as FIRST-LAST, e.g. SN0001-SN0012");
        }
        Matcher first = BOUND.matcher(range.substring(0, dash));
        Matcher last = BOUND.matcher(range.substring(dash + 1));
        if (!first.matches() || !last.matches() || !first.group(1).equals(last.group(1))
                || first.group(2).length() != last.group(2).length()) {
            throw invalid(range, "Both ends need the same prefix and a number of the same width");
        }
        BigInteger from = new BigInteger(first.group(2));
        BigInteger to = new BigInteger(last.group(2));
        if (to.compareTo(from) < 0 || to.subtract(from).compareTo(BigInteger.valueOf(MAX_UNITS)) >= 0) {
            throw invalid(range, "The last serial must follow the first, at most " + MAX_UNITS + " units");
        }
        List<String> serials = new ArrayList<>();
        int width = first.group(2).length();
        for (BigInteger n = from; n.compareTo(to) <= 0; n = n.add(BigInteger.ONE)) {
            String digits = n.toString();
            serials.add(first.group(1) + "0".repeat(width - digits.length()) + digits);
        }
        return serials;
    }

    /** The dash between the two ends: the one after which the rest has the same length as what comes before. */
    private static int findSeparator(String range) {
        int middle = range.length() / 2;
        return range.length() % 2 == 1 && range.charAt(middle) == '-' ? middle : range.indexOf('-', 1);
    }

    private static InvalidInput invalid(String range, String message) {
        return new InvalidInput("serialRange", range, "serial-range", message);
    }
}
