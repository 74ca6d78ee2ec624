package io.lotline.gs1.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of GS1 application identifiers, read at start-up from GS1's own Barcode Syntax Dictionary (kept verbatim
 * as {@code gs1-syntax-dictionary.txt} beside this class) rather than typed by hand, so that a new release of the
 * dictionary is a new file, not new code.
 */
public final class SyntaxDictionary {
    private static final SyntaxDictionary OFFICIAL = load("gs1-syntax-dictionary.txt");

    private final Map<String, AiDefinition> definitions;

    private SyntaxDictionary(Map<String, AiDefinition> definitions) {
        this.definitions = definitions;
    }

    public static SyntaxDictionary official() {
        return OFFICIAL;
    }

    Optional<AiDefinition> definition(String ai) {
        return Optional.ofNullable(definitions.get(ai));
    }

    /** The known AI at the start of raw data: AIs are prefix-free, so at most one of 2, 3 or 4 digits matches. */
    Optional<AiDefinition> startingAt(String data, int at) {
        for (int size = 2; size <= 4 && at + size <= data.length(); size++) {
            AiDefinition definition = definitions.get(data.substring(at, at + size));
            if (definition != null) {
                return Optional.of(definition);
            }
        }
        return Optional.empty();
    }

    /**
     * The length of the AI that starts with these two digits, when every known AI that starts with them has the same
     * length; an unknown AI in raw data can only be told from its data by that length.
     */
    Optional<Integer> aiLengthFor(String firstTwoDigits) {
        int[] lengths = definitions.keySet().stream().filter(ai -> ai.startsWith(firstTwoDigits))
                .mapToInt(String::length).distinct().toArray();
        return lengths.length == 1 ? Optional.of(lengths[0]) : Optional.empty();
    }

    static SyntaxDictionary load(String resource) {
        try (InputStream in = SyntaxDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The GS1 Syntax Dictionary " + resource + " is missing");
            }
            Map<String, AiDefinition> definitions = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries(line).forEach(definition -> definitions.put(definition.ai(), definition));
                }
            }
            return new SyntaxDictionary(Map.copyOf(definitions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the dictionary: {@code AIs [Flags] Specification [Attributes...] [# Title]}. */
    private static List<AiDefinition> entries(String line) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).strip();
        List<String> tokens = new ArrayList<>(Arrays.asList((hash < 0 ? line : line.substring(0, hash)).strip()
                .split("\\s+")));
        String ais = tokens.remove(0);
        String flags = isComponent(tokens.get(0)) ? "" : tokens.remove(0);
        List<Component> components = new ArrayList<>();
        while (!tokens.isEmpty() && isComponent(tokens.get(0))) {
            components.add(Component.parse(tokens.remove(0)));
        }
        Attributes attributes = Attributes.parse(tokens);
        List<AiDefinition> entries = new ArrayList<>();
        for (String ai : range(ais)) {
            entries.add(new AiDefinition(ai, flags.contains("*"), flags.contains("?"), List.copyOf(components),
                    attributes.requires(), attributes.excludes(), attributes.qualifierPaths(),
                    attributes.primaryKey(), title));
        }
        return entries;
    }

    private static boolean isComponent(String token) {
        char first = token.charAt(0);
        return first == '[' || ((first == 'N' || first == 'X' || first == 'Y' || first == 'Z')
                && token.length() > 1 && (Character.isDigit(token.charAt(1)) || token.charAt(1) == '.'));
    }

    private static List<String> range(String ais) {
        int dash = ais.indexOf('-');
        if (dash < 0) {
            return List.of(ais);
        }
        String first = ais.substring(0, dash);
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(ais.substring(dash + 1));
        List<String> range = new ArrayList<>();
        for (int ai = from; ai <= to; ai++) {
            range.add(String.format("%0" + first.length() + "d", ai));
        }
        return range;
    }
}
