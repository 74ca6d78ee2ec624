package io.lotline.picking.domain;

import io.lotline.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GS1 element string as a scanner sends it from a GS1-128 or GS1 DataMatrix label: application identifiers (AI)
 * each followed by its data, e.g. {@code (01)04012345000009(10)L123}. Scanners send it in one of three forms: with
 * the AIs in brackets as printed under the bars; as raw data where a variable-length field is ended by the group
 * separator (GS, ASCII 29, which is how FNC1 is transmitted); or raw data behind a symbology identifier such as
 * {@code ]C1} (GS1-128) or {@code ]d2} (DataMatrix). The AIs a warehouse label carries are understood: SSCC (00),
 * GTIN (01, 02), lot (10), dates (11-17), variant (20), serial (21), counts (30, 37), customer order (400), GLNs
 * (410-417) and measures (310n-369n). Any other AI is refused rather than guessed at.
 */
public final class Gs1ElementString {
    public static final char GS = '\u001D';
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{2,4})\\)([^()]*)");
    private static final String[] SYMBOLOGY_IDS = {"]C1", "]e0", "]d2", "]Q3"};

    private Gs1ElementString() {
    }

    /**
     * Whether the text is an element string rather than a plain licence plate or lot number: it carries a symbology
     * identifier, bracketed AIs or a group separator, or it is raw data starting with a valid SSCC (00) or GTIN (01,
     * 02), check digit and all.
     */
    public static boolean looksLikeOne(String text) {
        if (text.startsWith("(") || text.indexOf(GS) >= 0 || symbologyId(text) != null) {
            return true;
        }
        if (text.startsWith("00")) {
            return text.length() == 20 && digits(text) && checkDigitValid(text.substring(2));
        }
        return (text.startsWith("01") || text.startsWith("02")) && text.length() >= 16
                && digits(text.substring(0, 16)) && checkDigitValid(text.substring(2, 16))
                && (text.length() == 16 || ApplicationIdentifier.startingAt(text, 16) != null);
    }

    /** The data of each AI, in label order. Refuses what is not a well-formed element string. */
    public static Map<String, String> parse(String text) {
        String data = text;
        String symbology = symbologyId(data);
        if (symbology != null) {
            data = data.substring(symbology.length());
        }
        while (!data.isEmpty() && data.charAt(0) == GS) {
            data = data.substring(1);
        }
        if (data.isEmpty()) {
            throw malformed(text, "The label carries no data");
        }
        return data.startsWith("(") ? bracketed(text, data) : raw(text, data);
    }

    private static Map<String, String> bracketed(String text, String data) {
        Map<String, String> elements = new LinkedHashMap<>();
        Matcher matcher = BRACKETED.matcher(data);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            ApplicationIdentifier ai = ApplicationIdentifier.of(matcher.group(1));
            if (ai == null) {
                throw malformed(text, "Application identifier (" + matcher.group(1) + ") is not one Lotline reads");
            }
            put(text, elements, ai, matcher.group(2).replace(String.valueOf(GS), ""));
            end = matcher.end();
        }
        if (end != data.length()) {
            throw malformed(text, "Expected an application identifier in brackets at position " + (end + 1));
        }
        return elements;
    }

    private static Map<String, String> raw(String text, String data) {
        Map<String, String> elements = new LinkedHashMap<>();
        int at = 0;
        while (at < data.length()) {
            ApplicationIdentifier ai = ApplicationIdentifier.startingAt(data, at);
            if (ai == null) {
                throw malformed(text, "No application identifier Lotline reads at position " + (at + 1));
            }
            int start = at + ai.code().length();
            int end = ai.fixed() ? start + ai.length() : nextSeparator(data, start);
            if (end > data.length()) {
                throw malformed(text, "(" + ai.code() + ") has " + ai.length() + " characters; the label ends early");
            }
            put(text, elements, ai, data.substring(start, end));
            at = end < data.length() && data.charAt(end) == GS ? end + 1 : end;
        }
        return elements;
    }

    private static void put(String text, Map<String, String> elements, ApplicationIdentifier ai, String value) {
        String problem = ai.problemWith(value);
        if (problem != null) {
            throw malformed(text, problem);
        }
        if (elements.putIfAbsent(ai.code(), value) != null) {
            throw malformed(text, "(" + ai.code() + ") appears twice");
        }
    }

    private static int nextSeparator(String data, int from) {
        int separator = data.indexOf(GS, from);
        return separator < 0 ? data.length() : separator;
    }

    private static String symbologyId(String text) {
        for (String id : SYMBOLOGY_IDS) {
            if (text.startsWith(id)) {
                return id;
            }
        }
        return null;
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The GS1 modulo-10 check: weights 3 and 1 from the right, the last digit being the check digit. */
    static boolean checkDigitValid(String number) {
        if (!digits(number) || number.length() < 2) {
            return false;
        }
        int sum = 0;
        for (int i = number.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (number.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == number.charAt(number.length() - 1) - '0';
    }

    private static InvalidInput malformed(String text, String problem) {
        return new InvalidInput("scan", text.replace(GS, '|'), "gs1-element-string",
                problem + " (GS1 element string, e.g. (01)04012345000009(10)L123)");
    }
}
