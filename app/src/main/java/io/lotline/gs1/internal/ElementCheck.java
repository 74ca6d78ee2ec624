package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.InvalidGs1Code;
import java.util.Optional;

/**
 * Checks the data of one AI against its definition: component by component, each consuming the prefix of its
 * length, its character set and then its linters. Optional trailing components may be left out.
 */
final class ElementCheck {
    private ElementCheck() {
    }

    static Element known(AiDefinition definition, String value) {
        String shown = "(" + definition.ai() + ")" + value;
        if (value.isEmpty()) {
            throw refused(shown, "empty-data", "(" + definition.ai() + ") " + definition.title() + " has no data");
        }
        int at = 0;
        for (Component component : definition.components()) {
            if (at == value.length() && component.optional()) {
                break;
            }
            int remaining = value.length() - at;
            int length = component.fixed() ? component.maxLength() : Math.min(remaining, component.maxLength());
            if (remaining < (component.fixed() ? length : 1)) {
                throw refused(shown, "data-too-short", describe(definition) + " is too short: "
                        + value.length() + " characters");
            }
            String part = value.substring(at, at + length);
            String rule = Optional.ofNullable(Linters.charsetOf(component.charset(), part))
                    .or(() -> component.linters().stream().map(linter -> Linters.check(linter, part))
                            .flatMap(Optional::stream).findFirst())
                    .orElse(null);
            if (rule != null) {
                throw refused(shown, rule, describe(definition) + ": " + rule.replace('-', ' ')
                        + (part.equals(value) ? "" : " in '" + part + "'"));
            }
            at += length;
        }
        if (at < value.length()) {
            throw refused(shown, "data-too-long", describe(definition) + " has at most " + definition.maxLength()
                    + " characters, not " + value.length());
        }
        return new Element(definition.ai(), value, definition.title(), true);
    }

    /** An AI the dictionary does not know: kept as it came, as long as its data is GS1 text. */
    static Element unknown(String ai, String value) {
        String shown = "(" + ai + ")" + value;
        if (value.isEmpty()) {
            throw refused(shown, "empty-data", "(" + ai + ") has no data");
        }
        String rule = Linters.charsetOf('X', value);
        if (rule != null) {
            throw refused(shown, rule, "(" + ai + ") has characters outside the GS1 character set 82");
        }
        return new Element(ai, value, null, false);
    }

    static InvalidGs1Code refused(String element, String rule, String message) {
        return new InvalidGs1Code(element, rule, message);
    }

    private static String describe(AiDefinition definition) {
        return "(" + definition.ai() + ") " + definition.title();
    }
}
