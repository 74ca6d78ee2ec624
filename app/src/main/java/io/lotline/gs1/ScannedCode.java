package io.lotline.gs1;

import java.util.List;
import java.util.Optional;

/**
 * What a scanned code says: exactly what the scanner typed, the form it was in, the symbology identifier if the
 * scanner sent one ({@code ]C1} GS1-128, {@code ]d2} GS1 DataMatrix, {@code ]Q3} GS1 QR...), and its GS1 elements in
 * the order they were read (none for plain text). The notes say which AIs the code lacks that its elements require
 * (GS1 lets another symbol on the same item carry them).
 */
public record ScannedCode(String code, ScanForm form, String symbology, List<Element> elements, List<String> notes) {
    public ScannedCode {
        elements = List.copyOf(elements);
        notes = List.copyOf(notes);
    }

    public boolean gs1() {
        return form != ScanForm.PLAIN;
    }

    /** The data of the AI, when the code carries it. */
    public Optional<String> value(String ai) {
        return elements.stream().filter(element -> element.ai().equals(ai)).map(Element::value).findFirst();
    }

    /** The AIs the Syntax Dictionary does not know: reported, not fatal to the rest of the scan. */
    public List<Element> unknown() {
        return elements.stream().filter(element -> !element.known()).toList();
    }

    /** The text of a plain code, trimmed of the spaces a keyboard wedge may add. */
    public String text() {
        return code.strip();
    }

    /** The GS1 element string in bracketed form, e.g. {@code (01)04012345000009(10)L123}. */
    public String elementString() {
        StringBuilder text = new StringBuilder();
        elements.forEach(element -> text.append(element.bracketed()));
        return text.toString();
    }
}
