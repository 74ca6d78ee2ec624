package io.lotline.imports.internal;

import io.lotline.imports.RowProblem;
import io.lotline.shared.LotlineException;
import io.lotline.shared.TextRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The cells of one row, read as the values they stand for. A cell that cannot be read adds a problem naming the line,
 * the column, the value and the rule, and reads as empty, so that one pass finds every problem of the row.
 */
final class RowCells {
    private static final Set<String> YES = Set.of("true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("false", "no", "n", "0");

    private final Header header;
    private final Table.Row row;
    private final List<RowProblem> problems;
    private final int problemsBefore;
    private final UnaryOperator<String> columnOf;

    /** {@code columnOf} names the column a refused field came from, or null when none did. */
    RowCells(Header header, Table.Row row, List<RowProblem> problems, UnaryOperator<String> columnOf) {
        this.header = header;
        this.row = row;
        this.problems = problems;
        this.problemsBefore = problems.size();
        this.columnOf = columnOf;
    }

    int line() {
        return row.line();
    }

    /** Whether the row has read without a problem so far. */
    boolean clean() {
        return problems.size() == problemsBefore;
    }

    /**
     * The cell's text without the spaces around it, or null when it is blank; text with control, bidirectional or
     * zero-width characters is a problem of the row, as the API refuses it.
     */
    String text(String column) {
        String value = header.value(row, column);
        return value == null ? null : readable(column, value.strip(), TextRule.FREE_TEXT);
    }

    /** The cell's text exactly as written, as a supplier's lot is kept, without control characters. */
    String verbatim(String column) {
        return readable(column, header.value(row, column), TextRule.SUPPLIER_LOT);
    }

    private String readable(String column, String value, TextRule rule) {
        Optional<String> refusal = rule.refusal(value);
        if (refusal.isEmpty()) {
            return value;
        }
        // the row is now bad, so nothing of the file is written; the text still reads, so no other problem is added
        problem(column, TextRule.escaped(value), rule.rule(), "The " + column + " holds " + refusal.get());
        return value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            problem(column, null, "required", "The " + column + " is required");
        }
        return value;
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace('\u2212', '-'));
        } catch (NumberFormatException notANumber) {
            problem(column, value, "number-format", "A " + column + " is a number with a decimal point (12.5)");
            return null;
        }
    }

    Integer whole(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            problem(column, text(column), "whole-number", "A " + column + " is a whole number");
            return null;
        }
    }

    /** A date as ISO 8601 writes it, or a date cell of a workbook. */
    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            problem(column, value, "date-format", "A " + column + " is written YYYY-MM-DD (2026-11-30)");
            return null;
        }
    }

    boolean yesNo(String column, boolean otherwise) {
        String value = text(column);
        if (value == null) {
            return otherwise;
        }
        String key = value.toLowerCase(Locale.ROOT);
        if (YES.contains(key) || NO.contains(key)) {
            return YES.contains(key);
        }
        problem(column, value, "yes-or-no", "A " + column + " is true or false (yes or no)");
        return otherwise;
    }

    <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseGet(() -> {
                    problem(column, value, "one-of", "A " + column + " is one of "
                            + Arrays.toString(type.getEnumConstants()));
                    return null;
                });
    }

    /**
     * A value built by a constructor that checks it; its refusal becomes a problem of the column its field names, or
     * else of {@code column}.
     */
    <T> T checked(String column, Supplier<T> value) {
        try {
            return value.get();
        } catch (LotlineException refused) {
            refused(refused, column);
            return null;
        }
    }

    /** A refusal of the row by a rule of Lotline, named by the column it comes from, or else {@code column}. */
    void refused(LotlineException refused, String column) {
        String named = columnOf.apply(refused.field());
        String field = named != null ? named : column;
        String value = refused.value() == null ? text(field) : String.valueOf(refused.value());
        problems.add(new RowProblem(row.line(), field, value, refused.rule(), refused.getMessage()));
    }

    void problem(String column, String value, String rule, String message) {
        problems.add(new RowProblem(row.line(), column, value, rule, message));
    }
}
