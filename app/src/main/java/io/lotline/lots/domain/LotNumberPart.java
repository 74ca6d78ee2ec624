package io.lotline.lots.domain;

import io.lotline.lots.NumberingContext;
import io.lotline.shared.InvalidInput;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One part of a lot number format: literal text or a token, able to render itself and to recognise itself. */
record LotNumberPart(Kind kind, String text, int width) {

    enum Kind {
        LITERAL("the literal text"), YYYY("the 4-digit year"), YY("the 2-digit year"), MM("the month 01-12"),
        DD("the day of the month 01-31"), JJJ("the Julian day 001-366"), ITEM("the item's lot code"),
        SITE("the site's plant code"), LINE("the line code (1-4 letters or digits)"),
        SHIFT("the shift code (1-2 letters or digits)"), SEQ("the daily sequence"), ISEQ("the item sequence");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }
    }

    static LotNumberPart literal(String text) {
        return new LotNumberPart(Kind.LITERAL, text, text.length());
    }

    static LotNumberPart token(String name, String width, String pattern) {
        Kind kind;
        try {
            kind = Kind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("pattern", pattern, "pattern-token", "Unknown token {" + name + "}");
        }
        boolean sequence = kind == Kind.SEQ || kind == Kind.ISEQ;
        if (sequence != (width != null) || kind == Kind.LITERAL) {
            throw new InvalidInput("pattern", pattern, "pattern-token", sequence
                    ? "A sequence names its width: {" + name + ":4}" : "Only sequences take a width: {" + name + "}");
        }
        int digits = width == null ? 0 : Integer.parseInt(width);
        if (sequence && (digits < 1 || digits > 12)) {
            throw new InvalidInput("pattern", pattern, "pattern-sequence-width", "A sequence has 1-12 digits");
        }
        return new LotNumberPart(kind, "{" + name + (width == null ? "" : ":" + width) + "}", digits);
    }

    boolean isLiteral() { return kind == Kind.LITERAL; }

    /** The most characters this part can render: item lot codes have 20, plant codes 10, lines 4, shifts 2. */
    int maxLength() {
        return switch (kind) {
            case LITERAL -> text.length();
            case YYYY -> 4;
            case YY, MM, DD, SHIFT -> 2;
            case JJJ -> 3;
            case ITEM -> 20;
            case SITE -> 10;
            case LINE -> 4;
            case SEQ, ISEQ -> width;
        };
    }

    boolean isSequence() { return kind == Kind.SEQ || kind == Kind.ISEQ; }

    boolean perItem() { return kind == Kind.ISEQ; }

    long maxValue() { return (long) Math.pow(10, width) - 1; }

    String render(NumberingContext context, long sequence) {
        LocalDate day = context.day();
        return switch (kind) {
            case LITERAL -> text;
            case YYYY -> String.format("%04d", day.getYear());
            case YY -> String.format("%02d", day.getYear() % 100);
            case MM -> String.format("%02d", day.getMonthValue());
            case DD -> String.format("%02d", day.getDayOfMonth());
            case JJJ -> String.format("%03d", day.getDayOfYear());
            case ITEM -> context.itemCode();
            case SITE -> required(context.plantCode(), "site");
            case LINE -> required(context.lineCode(), "lineCode");
            case SHIFT -> required(context.shiftCode(), "shiftCode");
            case SEQ, ISEQ -> sequence < 0 ? "#" : String.format("%0" + width + "d", sequence);
        };
    }

    private String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, value, "required-by-lot-format",
                    "The lot number format needs " + kind.meaning + " to print " + text);
        }
        return value;
    }

    String regex(NumberingContext context) {
        return switch (kind) {
            case LITERAL -> Pattern.quote(text);
            case YYYY -> "(\\d{4})";
            case YY, MM, DD -> "(\\d{2})";
            case JJJ -> "(\\d{3})";
            case ITEM -> "(" + Pattern.quote(context.itemCode()) + ")";
            case SITE -> "(" + quoteOr(context.plantCode(), "[A-Za-z0-9]{1,10}") + ")";
            case LINE -> "(" + quoteOr(context.lineCode(), "[A-Za-z0-9]{1,4}") + ")";
            case SHIFT -> "(" + quoteOr(context.shiftCode(), "[A-Za-z0-9]{1,2}") + ")";
            case SEQ, ISEQ -> "(\\d{" + width + "})";
        };
    }

    private static String quoteOr(String exact, String any) {
        return exact == null || exact.isBlank() ? any : Pattern.quote(exact);
    }

    String describeFailure(String number, int position) {
        String found = position >= number.length() ? "nothing" : "'" + number.substring(position) + "'";
        String expected = kind == Kind.LITERAL ? "'" + text + "'"
                : isSequence() ? width + " digits" : kind.meaning;
        return "part " + (kind == Kind.LITERAL ? "'" + text + "'" : text) + " at position " + (position + 1)
                + ": expected " + (kind == Kind.LITERAL ? expected : kind.meaning + " (" + expected + ")")
                + ", found " + found;
    }

    /** After the shape fits, the dates must be real dates: no month 13, no 30 February, no day 366 in 2025. */
    static Optional<String> checkCalendar(List<LotNumberPart> parts, String number, NumberingContext context,
                                          String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(number);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        Integer year = null;
        Integer month = null;
        Integer day = null;
        Integer julian = null;
        int group = 0;
        for (LotNumberPart part : parts) {
            if (part.isLiteral()) {
                continue;
            }
            group++;
            if (!part.isNumeric()) {
                continue;
            }
            int value = Integer.parseInt(matcher.group(group));
            switch (part.kind) {
                case YYYY -> year = value;
                case YY -> year = 2000 + value;
                case MM -> month = value;
                case DD -> day = value;
                case JJJ -> julian = value;
                default -> { }
            }
        }
        if (month != null && (month < 1 || month > 12)) {
            return Optional.of("part {MM}: " + month + " is not a month 01-12");
        }
        if (julian != null && (julian < 1 || julian > (year == null ? 366 : Year.of(year).length()))) {
            return Optional.of("part {JJJ}: " + julian + " is not a day of " + (year == null ? "a year" : "year " + year));
        }
        if (day != null) {
            try {
                LocalDate.of(year == null ? 2000 : year, month == null ? 1 : month, day);
            } catch (DateTimeException notADay) {
                return Optional.of("part {DD}: " + day + " is not a day of "
                        + (month == null ? "a month" : "month " + month));
            }
        }
        return Optional.empty();
    }

    private boolean isNumeric() {
        return switch (kind) {
            case YYYY, YY, MM, DD, JJJ, SEQ, ISEQ -> true;
            default -> false;
        };
    }
}
