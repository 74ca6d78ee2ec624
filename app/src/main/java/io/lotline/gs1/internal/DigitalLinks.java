package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.ReadingRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an uncompressed GS1 Digital Link URI: {@code https://host[/stem]/<key AI>/<key>[/<qualifier AI>/<value>...]
 * [?<AI>=<value>&...]}. The primary key is the rightmost path pair whose AI the dictionary marks {@code dlpkey}; what
 * precedes it is the resolver's own path. Qualifiers must follow the key in one of the dictionary's orders; query
 * parameters that are AIs are data attributes; other parameters are ignored, as the standard says.
 */
public final class DigitalLinks {
    private static final Pattern SCHEME = Pattern.compile("^(http|HTTP|https|HTTPS)://");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");
    private static final String URI_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final String GTIN_AI = "01";

    private final SyntaxDictionary dictionary;
    private final ReadingRules rules;
    private final ElementStrings elementStrings;

    public DigitalLinks(SyntaxDictionary dictionary, ReadingRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
        this.elementStrings = new ElementStrings(dictionary, rules);
    }

    public static boolean looksLikeOne(String code) {
        return SCHEME.matcher(code).find();
    }

    public List<Element> read(String uri) {
        if (!looksLikeOne(uri) || !uri.chars().allMatch(c -> URI_CHARACTERS.indexOf(c) >= 0)) {
            throw refused(uri, "digital-link-syntax", "A GS1 Digital Link is an http(s) URI of URI characters only");
        }
        String rest = SCHEME.matcher(uri).replaceFirst("");
        int fragment = rest.indexOf('#');
        rest = fragment < 0 ? rest : rest.substring(0, fragment);
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String hostAndPath = question < 0 ? rest : rest.substring(0, question);
        int slash = hostAndPath.indexOf('/');
        if (slash < 0 || !HOST.matcher(hostAndPath.substring(0, slash)).matches()) {
            throw refused(uri, "digital-link-host", "A GS1 Digital Link names a host, then its path");
        }
        List<Element> elements = path(uri, hostAndPath.substring(slash + 1).split("/", -1));
        elements.addAll(query(uri, query, elements));
        return elements;
    }

    /** The key and its qualifiers, found from the right end of the path. */
    private List<Element> path(String uri, String[] segments) {
        int keyAt = -1;
        for (int i = segments.length - 2; i >= 0; i -= 2) {
            Optional<AiDefinition> definition = dictionary.definition(segments[i]);
            if (definition.isEmpty()) {
                break;
            }
            if (definition.get().primaryKey()) {
                keyAt = i;
                break;
            }
        }
        if (keyAt < 0) {
            throw refused(uri, "digital-link-primary-key",
                    "The Digital Link path ends in no GS1 primary key such as /01/<GTIN> or /00/<SSCC>");
        }
        AiDefinition key = dictionary.definition(segments[keyAt]).orElseThrow();
        List<Element> elements = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        for (int i = keyAt; i < segments.length; i += 2) {
            String ai = segments[i];
            if (i > keyAt) {
                qualifiers.add(ai);
            }
            elements.add(element(uri, ai, decode(uri, segments[i + 1], false)));
        }
        if (!qualifiers.isEmpty() && key.qualifierPaths().stream().noneMatch(path -> inOrder(qualifiers, path))) {
            throw refused(uri, "digital-link-qualifiers", "After (" + key.ai() + ") the path may carry "
                    + key.qualifierPaths() + " in that order, not " + qualifiers);
        }
        return elements;
    }

    private List<Element> query(String uri, String query, List<Element> inPath) {
        List<List<String>> qualifierPaths = dictionary.definition(inPath.get(0).ai()).orElseThrow().qualifierPaths();
        List<String> pathQualifiers = inPath.stream().skip(1).map(Element::ai).toList();
        List<Element> attributes = new ArrayList<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String key = equals < 0 ? "" : parameter.substring(0, equals);
            if (key.isEmpty() || !key.chars().allMatch(Character::isDigit)) {
                continue;
            }
            Element attribute = element(uri, key, decode(uri, parameter.substring(equals + 1), true));
            boolean attributeAllowed = attribute.known()
                    ? dictionary.definition(key).orElseThrow().digitalLinkAttribute()
                    : rules.unknownAiAsDigitalLinkAttribute();
            if (!attributeAllowed || belongsInPath(key, pathQualifiers, qualifierPaths)) {
                throw refused(attribute.bracketed(), "digital-link-attribute",
                        "(" + key + ") may not be given as a query parameter of this Digital Link");
            }
            if (inPath.stream().anyMatch(e -> e.ai().equals(key)) || attributes.stream().anyMatch(e -> e.ai().equals(key))) {
                throw refused(attribute.bracketed(), "duplicate-ai", "(" + key + ") appears twice in the Digital Link");
            }
            attributes.add(attribute);
        }
        return attributes;
    }

    private Element element(String uri, String ai, String value) {
        if (ai.equals(GTIN_AI) && rules.permitZeroSuppressedGtinInDigitalLinks()
                && (value.length() == 8 || value.length() == 12 || value.length() == 13)) {
            return elementStrings.element(ai, "0".repeat(14 - value.length()) + value);
        }
        return elementStrings.element(ai, value);
    }

    /** A qualifier that could stand in the path beside the ones there must be in the path, not in the query. */
    private static boolean belongsInPath(String ai, List<String> pathQualifiers, List<List<String>> qualifierPaths) {
        return qualifierPaths.stream().anyMatch(path -> path.contains(ai) && path.containsAll(pathQualifiers));
    }

    /**
     * Writes the elements as a Digital Link under the stem (e.g. {@code https://id.gs1.org}): the first primary key
     * and its qualifiers in the dictionary's order in the path, the other elements as query attributes, those of
     * predefined length first (as GS1's Syntax Engine writes them).
     */
    public String write(List<Element> given, String stem) {
        List<Element> elements = new ArrayList<>(given.stream()
                .collect(java.util.stream.Collectors.toMap(Element::ai, e -> e, (first, again) -> first,
                        java.util.LinkedHashMap::new)).values());
        Element key = elements.stream().filter(e -> dictionary.definition(e.ai()).map(AiDefinition::primaryKey)
                .orElse(false)).findFirst().orElseThrow(() -> refused(elements.toString(), "digital-link-primary-key",
                "A Digital Link needs a GS1 primary key such as (01) or (00)"));
        List<String> present = elements.stream().map(Element::ai).toList();
        List<String> qualifiers = dictionary.definition(key.ai()).orElseThrow().qualifierPaths().stream()
                .max(java.util.Comparator.comparingLong(path -> path.stream().filter(present::contains).count()))
                .orElse(List.of()).stream().filter(present::contains).toList();
        StringBuilder uri = new StringBuilder(stem.replaceAll("/+$", "")).append('/').append(key.ai()).append('/')
                .append(encode(key.value()));
        for (String qualifier : qualifiers) {
            uri.append('/').append(qualifier).append('/').append(encode(value(elements, qualifier)));
        }
        List<Element> attributes = elements.stream().filter(e -> e != key && !qualifiers.contains(e.ai()))
                .sorted(java.util.Comparator.comparing(e -> !predefined(e))).toList();
        char separator = '?';
        for (Element element : attributes) {
            boolean attribute = dictionary.definition(element.ai()).map(AiDefinition::digitalLinkAttribute)
                    .orElse(rules.unknownAiAsDigitalLinkAttribute());
            if (!attribute) {
                throw refused(element.bracketed(), "digital-link-attribute",
                        "(" + element.ai() + ") cannot be carried by a Digital Link");
            }
            uri.append(separator).append(element.ai()).append('=').append(encode(element.value()));
            separator = '&';
        }
        return uri.toString();
    }

    private boolean predefined(Element element) {
        return dictionary.definition(element.ai()).map(AiDefinition::predefinedLength).orElse(false);
    }

    private static String value(List<Element> elements, String ai) {
        return elements.stream().filter(e -> e.ai().equals(ai)).findFirst().orElseThrow().value();
    }

    /** Percent-encodes all but the URI's unreserved characters. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return encoded.toString();
    }

    private static boolean inOrder(List<String> qualifiers, List<String> path) {
        int at = 0;
        for (String qualifier : qualifiers) {
            int found = path.subList(at, path.size()).indexOf(qualifier);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    /** Percent-decoding; in the query a {@code +} is a space, as in HTML forms. */
    private static String decode(String uri, String text, boolean query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw refused(uri, "digital-link-percent-encoding", "A % in a Digital Link is followed by two hex digits");
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(query && c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static RuntimeException refused(String element, String rule, String message) {
        return ElementCheck.refused(element, rule, message);
    }
}
