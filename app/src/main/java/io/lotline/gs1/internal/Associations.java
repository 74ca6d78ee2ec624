package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary's rules between AIs in one code: an AI may require others ({@code (10)} batch needs a trade item
 * such as {@code (01)}) or exclude them ({@code (01)} excludes {@code (37)}); one AI may appear twice only with the
 * same data. Patterns such as {@code 31nn} stand for any digit in place of {@code n}.
 */
final class Associations {
    private final SyntaxDictionary dictionary;

    Associations(SyntaxDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The elements without repeats; refuses a repeat with other data and an excluded pair. */
    List<Element> check(List<Element> elements) {
        List<Element> distinct = distinct(elements);
        for (Element element : distinct) {
            dictionary.definition(element.ai()).ifPresent(definition -> excludes(definition, element, distinct));
        }
        return distinct;
    }

    /** What each AI requires and the code lacks, in words: one note per unmet requirement. */
    List<String> missing(List<Element> elements) {
        List<String> notes = new ArrayList<>();
        for (Element element : elements) {
            dictionary.definition(element.ai()).ifPresent(definition -> notes.addAll(requires(definition, element,
                    elements)));
        }
        return notes;
    }

    /** Refuses the first unmet requirement, as the Syntax Engine does by default. */
    void requireAll(List<Element> elements) {
        List<String> notes = missing(elements);
        if (!notes.isEmpty()) {
            throw ElementCheck.refused(elements.stream().map(Element::bracketed).reduce("", String::concat),
                    "required-ai-missing", notes.get(0));
        }
    }

    private static List<Element> distinct(List<Element> elements) {
        Map<String, Element> byAi = new LinkedHashMap<>();
        for (Element element : elements) {
            Element earlier = byAi.putIfAbsent(element.ai(), element);
            if (earlier != null && !earlier.value().equals(element.value())) {
                throw ElementCheck.refused(element.bracketed(), "duplicate-ai",
                        "(" + element.ai() + ") appears twice with different data: " + earlier.value() + " and "
                                + element.value());
            }
        }
        return new ArrayList<>(byAi.values());
    }

    private static void excludes(AiDefinition definition, Element element, List<Element> elements) {
        for (String pattern : definition.excludes()) {
            for (Element other : elements) {
                if (!other.ai().equals(element.ai()) && matches(pattern, other.ai())) {
                    throw ElementCheck.refused(element.bracketed() + other.bracketed(), "invalid-ai-pair",
                            "(" + element.ai() + ") " + definition.title() + " may not appear together with ("
                                    + other.ai() + ")");
                }
            }
        }
    }

    private static List<String> requires(AiDefinition definition, Element element, List<Element> elements) {
        List<String> notes = new ArrayList<>();
        for (List<List<String>> alternatives : definition.requires()) {
            boolean satisfied = alternatives.stream().anyMatch(all -> all.stream()
                    .allMatch(pattern -> elements.stream().anyMatch(other -> matches(pattern, other.ai()))));
            if (!satisfied) {
                notes.add("(" + element.ai() + ") " + definition.title() + " needs " + describe(alternatives)
                        + " on the same item");
            }
        }
        return notes;
    }

    private static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < ai.length(); i++) {
            if (pattern.charAt(i) != 'n' && pattern.charAt(i) != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<List<String>> alternatives) {
        List<String> texts = alternatives.stream()
                .map(all -> String.join(" with ", all.stream().map(ai -> "(" + ai + ")").toList())).toList();
        return String.join(" or ", texts);
    }
}
