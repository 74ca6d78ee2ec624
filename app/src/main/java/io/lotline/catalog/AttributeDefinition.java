package io.lotline.catalog;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One datum a lot of a category carries, such as the country of origin or the catch area: its type, where it must be
 * captured ({@code requiredAt}), and what a value must satisfy (a pattern, a range, a list). A value is checked by
 * {@link #check}, which says which rule it breaks. {@code onLabel}: the lot's and case labels print it as text.
 */
public record AttributeDefinition(@Code String name, AttributeType type, UnitOfMeasure unit,
                                  Set<CaptureStage> requiredAt, @FreeText String pattern, BigDecimal min,
                                  BigDecimal max, List<@FreeText String> choices, Boolean onLabel) {
    public static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9_]{0,39}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public AttributeDefinition(String name, AttributeType type, UnitOfMeasure unit, Set<CaptureStage> requiredAt,
                               String pattern, BigDecimal min, BigDecimal max, List<String> choices) {
        this(name, type, unit, requiredAt, pattern, min, max, choices, false);
    }

    public AttributeDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput("name", name, "attribute-name", "An attribute name has 1-40 letters, digits or '_',"
                    + " starting with a lower-case letter (origin, catchArea)");
        }
        if (type == null) {
            throw new InvalidInput("type", null, "required", "Say the attribute's type: " + List.of(AttributeType.values()));
        }
        if (requiredAt != null && requiredAt.stream().anyMatch(stage -> stage == null)) {
            throw new InvalidInput("requiredAt", null, "one-of", "Say " + List.of(CaptureStage.values()));
        }
        requiredAt = requiredAt == null || requiredAt.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredAt));
        choices = choices == null ? List.of() : List.copyOf(choices);
        onLabel = Boolean.TRUE.equals(onLabel);
        requireUnit(type, unit);
        requireRange(type, min, max);
        requirePattern(type, pattern);
        requireChoices(type, choices);
    }

    /** The attribute as a label prints it for people to read: {@code storageTemperature: -18 CEL}. */
    public String asPrinted(String value) {
        return name + ": " + value + (unit == null ? "" : " " + unit.code());
    }

    /** Whether a lot born at {@code stage} must carry this attribute. */
    public boolean requiredAt(CaptureStage stage) {
        return stage != null && requiredAt.contains(stage);
    }

    /** The rule {@code value} breaks, if any. */
    public Optional<AttributeRejection> check(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
            return refuse(value, "attribute-length", "A value has 1-" + MAX_VALUE_LENGTH + " characters");
        }
        return switch (type) {
            case TEXT, DOCUMENT -> matches(value);
            case NUMBER -> inRange(value);
            case DATE -> isDate(value);
            case CHOICE -> listed(value);
            case COUNTRY -> COUNTRIES.contains(value) ? listed(value) : refuse(value, "attribute-country",
                    "A country is an ISO 3166 alpha-2 code in capitals, such as PE or DE");
        };
    }

    private Optional<AttributeRejection> matches(String value) {
        return pattern == null || Pattern.compile(pattern).matcher(value).matches() ? Optional.empty()
                : refuse(value, "attribute-pattern", "A " + name + " matches the pattern " + pattern);
    }

    private Optional<AttributeRejection> inRange(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return refuse(value, "attribute-number", "A " + name + " is a number in " + unit + ", such as 12.5");
        }
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            return refuse(value, "attribute-range", "A " + name + " lies between " + bound(min) + " and "
                    + bound(max) + " " + unit);
        }
        return Optional.empty();
    }

    private Optional<AttributeRejection> isDate(String value) {
        try {
            LocalDate.parse(value);
            return Optional.empty();
        } catch (DateTimeParseException notADate) {
            return refuse(value, "attribute-date", "A " + name + " is a date written YYYY-MM-DD");
        }
    }

    private Optional<AttributeRejection> listed(String value) {
        return choices.isEmpty() || choices.contains(value) ? Optional.empty()
                : refuse(value, "attribute-choice", "A " + name + " is one of " + choices);
    }

    private Optional<AttributeRejection> refuse(String value, String rule, String reason) {
        return Optional.of(new AttributeRejection(name, value, rule, reason));
    }

    private static String bound(BigDecimal bound) {
        return bound == null ? "any" : bound.stripTrailingZeros().toPlainString();
    }

    private static void requireUnit(AttributeType type, UnitOfMeasure unit) {
        if (type == AttributeType.NUMBER && unit == null) {
            throw new InvalidInput("unit", null, "unit-required", "A number attribute names its unit (PCT, KG, CEL)");
        }
        if (type != AttributeType.NUMBER && unit != null) {
            throw new InvalidInput("unit", unit.code(), "unit-only-for-number", "Only a NUMBER attribute has a unit");
        }
    }

    private static void requireRange(AttributeType type, BigDecimal min, BigDecimal max) {
        if (type != AttributeType.NUMBER && (min != null || max != null)) {
            throw new InvalidInput(min != null ? "min" : "max", min != null ? min : max, "range-only-for-number",
                    "Only a NUMBER attribute has a range");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidInput("max", max, "range-order", "The maximum is at least the minimum (" + min + ")");
        }
    }

    private static void requirePattern(AttributeType type, String pattern) {
        if (pattern == null) {
            return;
        }
        if (type != AttributeType.TEXT && type != AttributeType.DOCUMENT) {
            throw new InvalidInput("pattern", pattern, "pattern-only-for-text",
                    "Only a TEXT or DOCUMENT attribute has a pattern");
        }
        try {
            if (pattern.isEmpty() || pattern.length() > 200) {
                throw new PatternSyntaxException("1-200 characters", pattern, -1);
            }
            Pattern.compile(pattern);
        } catch (PatternSyntaxException broken) {
            throw new InvalidInput("pattern", pattern, "pattern-syntax",
                    "A pattern is a regular expression of 1-200 characters: " + broken.getDescription());
        }
    }

    private static void requireChoices(AttributeType type, List<String> choices) {
        if (type == AttributeType.CHOICE && choices.isEmpty()) {
            throw new InvalidInput("choices", null, "choices-required", "A CHOICE attribute lists its choices");
        }
        if (!choices.isEmpty() && type != AttributeType.CHOICE && type != AttributeType.COUNTRY) {
            throw new InvalidInput("choices", choices, "choices-only-for-lists",
                    "Only a CHOICE or COUNTRY attribute lists choices");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (choice == null || choice.isBlank() || choice.length() > MAX_VALUE_LENGTH || choice.contains("\n")) {
                throw new InvalidInput("choices[" + i + "]", choice, "choice-text",
                        "A choice has 1-" + MAX_VALUE_LENGTH + " characters on one line");
            }
            if (type == AttributeType.COUNTRY && !COUNTRIES.contains(choice)) {
                throw new InvalidInput("choices[" + i + "]", choice, "attribute-country",
                        "A country is an ISO 3166 alpha-2 code in capitals, such as PE or DE");
            }
            if (!seen.add(choice)) {
                throw new InvalidInput("choices[" + i + "]", choice, "choice-unique", "Each choice is listed once");
            }
        }
    }
}
