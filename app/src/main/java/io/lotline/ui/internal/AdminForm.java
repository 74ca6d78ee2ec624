package io.lotline.ui.internal;

import io.lotline.shared.InvalidInput;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * A submitted administration form as the pages read it: text as typed (blank means not given), ticked boxes, and
 * numbers and choices turned into what the facades take. What the values must be is the facades' rule, not this one's.
 */
record AdminForm(MultiValueMap<String, String> form) {

    /** What was typed, to show the form again as it was. */
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("password") && !values.isEmpty()) {
                typed.put(name, String.join(",", values));
            }
        });
        return typed;
    }

    String text(String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text as typed, blanks included: for the fields whose facade keeps whitespace as it is (passwords). */
    String raw(String field) {
        return form.getFirst(field);
    }

    boolean ticked(String field) {
        return "true".equals(form.getFirst(field));
    }

    Integer number(String field) {
        String value = text(field);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, value, "number", "Type a whole number, e.g. 30");
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, value, "one-of", "Choose one of " + List.of(type.getEnumConstants()));
        }
    }

    <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        List<String> values = form.get(field);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput(field, value, "one-of", "Choose from " + List.of(type.getEnumConstants()));
            }
        }
        return chosen;
    }
}
