package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.ReadingRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GS1 element strings in their two written forms: bracketed as printed under the bars (a literal bracket in
 * the data escaped as {@code \(}), and raw as a symbol carries it, where a field of variable length ends at the group
 * separator (GS, how a scanner transmits FNC1).
 */
public final class ElementStrings {
    public static final char GS = '\u001D';

    private final SyntaxDictionary dictionary;
    private final ReadingRules rules;

    public ElementStrings(SyntaxDictionary dictionary, ReadingRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
    }

    public List<Element> bracketed(String text) {
        List<Element> elements = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int close = text.indexOf(')', at);
            if (text.charAt(at) != '(' || close < 0) {
                throw ElementCheck.refused(text, "bracketed-ai-expected",
                        "Expected an AI in brackets at position " + (at + 1));
            }
            String ai = text.substring(at + 1, close);
            StringBuilder value = new StringBuilder();
            int next = close + 1;
            while (next < text.length() && text.charAt(next) != '(') {
                boolean escaped = text.charAt(next) == '\\' && next + 1 < text.length() && text.charAt(next + 1) == '(';
                value.append(escaped ? '(' : text.charAt(next));
                next += escaped ? 2 : 1;
            }
            elements.add(element(ai, value.toString()));
            at = next;
        }
        if (elements.isEmpty()) {
            throw ElementCheck.refused(text, "no-data", "The code carries no element");
        }
        return elements;
    }

    public List<Element> raw(String data) {
        List<Element> elements = new ArrayList<>();
        int at = data.startsWith(String.valueOf(GS)) ? 1 : 0;
        if (at >= data.length()) {
            throw ElementCheck.refused(data, "no-data", "The code carries no element");
        }
        while (at < data.length()) {
            String rest = data.substring(at);
            var definition = dictionary.startingAt(data, at);
            String ai = definition.map(AiDefinition::ai).orElseGet(() -> unknownAi(data, rest));
            int start = at + ai.length();
            int end = definition.filter(AiDefinition::predefinedLength)
                    .map(known -> Math.min(start + known.maxLength(), data.length()))
                    .orElseGet(() -> separatorOrEnd(data, start));
            elements.add(element(ai, data.substring(start, end)));
            at = end < data.length() && data.charAt(end) == GS ? end + 1 : end;
        }
        return elements;
    }

    /** An element by AI and data: checked against the dictionary, or kept as unknown when the rules allow. */
    public Element element(String ai, String value) {
        if (!isAiSyntax(ai)) {
            throw ElementCheck.refused("(" + ai + ")" + value, "ai-syntax",
                    "'(" + ai + ")' is no application identifier: two to four digits");
        }
        var definition = dictionary.definition(ai);
        if (definition.isPresent()) {
            return ElementCheck.known(definition.get(), value);
        }
        if (!rules.permitUnknownAis() || clashesWithKnownAi(ai)) {
            throw ElementCheck.refused("(" + ai + ")" + value, "unknown-ai",
                    "(" + ai + ") is not an application identifier in the GS1 Syntax Dictionary");
        }
        return ElementCheck.unknown(ai, value);
    }

    /** Whether a number could be an AI nobody told Lotline about: no known AI is a prefix of it, nor it of one. */
    boolean clashesWithKnownAi(String ai) {
        for (int size = 2; size < ai.length(); size++) {
            if (dictionary.definition(ai.substring(0, size)).isPresent()) {
                return true;
            }
        }
        return dictionary.aiLengthFor(ai.substring(0, 2)).filter(length -> length != ai.length()).isPresent();
    }

    private String unknownAi(String data, String rest) {
        if (rest.length() >= 2 && rules.permitUnknownAis() && isAiSyntax(rest.substring(0, 2))) {
            var length = dictionary.aiLengthFor(rest.substring(0, 2));
            if (length.isPresent() && rest.length() >= length.get() && isAiSyntax(rest.substring(0, length.get()))) {
                return rest.substring(0, length.get());
            }
        }
        throw ElementCheck.refused(rest.replace(GS, '|'), "unknown-ai",
                "No application identifier of the GS1 Syntax Dictionary at position " + (data.length() - rest.length() + 1));
    }

    private static boolean isAiSyntax(String ai) {
        return ai.length() >= 2 && ai.length() <= 4 && ai.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int separatorOrEnd(String data, int from) {
        int separator = data.indexOf(GS, from);
        return separator < 0 ? data.length() : separator;
    }
}
