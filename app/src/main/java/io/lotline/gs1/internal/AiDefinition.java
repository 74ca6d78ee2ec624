package io.lotline.gs1.internal;

import java.util.List;

/**
 * An application identifier as the GS1 Barcode Syntax Dictionary defines it: its data components, whether its length
 * is predefined (no FNC1 separator needed after it), whether it may be a Digital Link data attribute, the AIs it
 * requires (each entry a list of alternatives, each alternative AIs that must all be present) and excludes, the
 * Digital Link qualifier sequences when it is a primary key, and its title.
 */
record AiDefinition(String ai, boolean predefinedLength, boolean digitalLinkAttribute, List<Component> components,
                    List<List<List<String>>> requires, List<String> excludes, List<List<String>> qualifierPaths,
                    boolean primaryKey, String title) {

    int maxLength() {
        return components.stream().mapToInt(Component::maxLength).sum();
    }

    /** Whether the data has one fixed length, so that raw data needs no separator after it. */
    boolean fixedLength() {
        return components.stream().allMatch(component -> component.fixed() && !component.optional());
    }
}
