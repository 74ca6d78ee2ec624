package io.lotline.shared;

import java.util.Optional;

/**
 * What text Lotline accepts, by kind. A code (pallet, location, order, document, item, party, recall) is typed on a
 * label or a scanner and compared character by character, so it has printable characters only. Free text (notes,
 * reasons, names) is read later by people, in pages, PDFs and spreadsheets, so it refuses what can hide or reorder
 * what they read: control characters other than tab and line breaks, bidirectional overrides and isolates, and
 * zero-width characters. A supplier's lot number is kept exactly as printed, but never with a control character. A
 * scan is a code that may also hold the GS1 group separator.
 */
public enum TextRule {
    CODE("code-characters",
            "a code has printable characters only (letters, digits, punctuation, symbols and plain spaces)"),
    FREE_TEXT("free-text-characters", "free text has no control, bidirectional-override or zero-width characters"),
    SUPPLIER_LOT("supplier-lot-characters", "a supplier's lot number is kept verbatim but has no control characters"),
    SCAN("scan-characters", "a scan has printable characters and the GS1 group separator (U+001D) only");

    private final String rule;
    private final String description;

    TextRule(String rule, String description) {
        this.rule = rule;
        this.description = description;
    }

    /** The stable name of the rule, as a problem's {@code rule} names it. */
    public String rule() { return rule; }

    public String description() { return description; }

    /** The rule a constraint annotation ({@link Code}, {@link FreeText}, {@link SupplierLot}, {@link Scanned}) declares, if it is one. */
    public static Optional<TextRule> declaredBy(Class<? extends java.lang.annotation.Annotation> annotation) {
        if (annotation == Code.class) {
            return Optional.of(CODE);
        }
        if (annotation == FreeText.class) {
            return Optional.of(FREE_TEXT);
        }
        if (annotation == SupplierLot.class) {
            return Optional.of(SUPPLIER_LOT);
        }
        return annotation == Scanned.class ? Optional.of(SCAN) : Optional.empty();
    }

    /** Why the text is refused (naming the first character it may not hold and where), or empty when it is accepted. */
    public Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allows(c)) {
                return Optional.of(name(c) + " at position " + (i + 1) + " is not allowed: " + description);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Refuses the text as the invalid input of the field, or returns it unchanged. */
    public String check(String field, String text) {
        refusal(text).ifPresent(reason -> {
            throw new InvalidInput(field, text, rule, "The " + field + " holds " + reason);
        });
        return text;
    }

    private boolean allows(int c) {
        if (Character.getType(c) == Character.SURROGATE) {
            return false;
        }
        return switch (this) {
            case CODE -> printable(c);
            case FREE_TEXT -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c) && !hidden(c);
            case SUPPLIER_LOT -> !Character.isISOControl(c);
            case SCAN -> c == 0x1D || printable(c);
        };
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    /** Bidirectional overrides (U+202A-U+202E) and isolates (U+2066-U+2069), zero-width characters and the BOM. */
    private static boolean hidden(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c >= 0x200B && c <= 0x200D
                || c == 0x2060 || c == 0xFEFF;
    }

    /**
     * The text with every character that is not plainly printable written as {@code \\uXXXX}, so that a refusal can
     * show the value without passing on what was refused.
     */
    public static String escaped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                shown.append("\\\\");
            } else if (printable(c) && !hidden(c) && Character.getType(c) != Character.SURROGATE) {
                shown.appendCodePoint(c);
            } else {
                for (char unit : Character.toChars(c)) {
                    shown.append(String.format("\\u%04X", (int) unit));
                }
            }
        });
        return shown.toString();
    }

    private static String name(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name.toLowerCase() + ")");
    }
}
