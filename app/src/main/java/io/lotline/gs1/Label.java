package io.lotline.gs1;

import java.util.List;

/**
 * A GS1 label's content: the text a person reads (title and lines) and the GS1 elements its GS1-128 and GS1
 * DataMatrix symbols carry, in label order, and the same data as a GS1 Digital Link for the QR code. The elements
 * were checked against the Syntax Dictionary when the label was composed, so a label never carries what GS1 forbids.
 */
public record Label(LabelKind kind, String title, List<String> lines, List<Element> elements, String digitalLink) {
    public Label {
        lines = List.copyOf(lines);
        elements = List.copyOf(elements);
    }

    /** The human-readable interpretation printed under the symbols: {@code (01)04012345000009(10)L-77}. */
    public String humanReadable() {
        StringBuilder text = new StringBuilder();
        elements.forEach(element -> text.append(element.bracketed()));
        return text.toString();
    }
}
