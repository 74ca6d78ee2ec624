package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.ReadingRules;
import io.lotline.gs1.ScanForm;
import io.lotline.gs1.ScannedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what a scanner typed. A symbology identifier ({@code ]C1}, {@code ]e0}, {@code ]d2}, {@code ]Q3},
 * {@code ]J1} for GS1 data; {@code ]E0}, {@code ]E4}, {@code ]I1} for a GTIN symbol; {@code ]C0}, {@code ]d1},
 * {@code ]Q1}, {@code ]J0} for plain data) says how to read the rest; without one the text itself does: brackets,
 * an http(s) URI (read as a Digital Link: a web address that names no GS1 key is refused), a group separator, or raw data that starts with a valid SSCC or GTIN.
 */
public final class Gs1Reader {
    private static final Map<String, String> GS1_DATA = Map.of("]C1", "GS1-128", "]e0", "GS1 DataBar",
            "]d2", "GS1 DataMatrix", "]Q3", "GS1 QR Code", "]J1", "GS1 DotCode");
    private static final Map<String, String> PLAIN_DATA = Map.of("]C0", "Code 128", "]d1", "Data Matrix",
            "]Q1", "QR Code", "]J0", "DotCode");
    private static final Map<String, Integer> GTIN_SYMBOLS = Map.of("]E0", 13, "]E4", 8, "]I1", 14);
    private static final String COMPOSITE = "|]e0";

    private final SyntaxDictionary dictionary;
    private final ReadingRules rules;
    private final ElementStrings elementStrings;
    private final DigitalLinks digitalLinks;
    private final Associations associations;

    public Gs1Reader(ReadingRules rules) {
        this(SyntaxDictionary.official(), rules);
    }

    Gs1Reader(SyntaxDictionary dictionary, ReadingRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
        this.elementStrings = new ElementStrings(dictionary, rules);
        this.digitalLinks = new DigitalLinks(dictionary, rules);
        this.associations = new Associations(dictionary);
    }

    public ScannedCode read(String code) {
        if (code.startsWith("]")) {
            return scannerData(code);
        }
        String text = code.strip();
        if (text.startsWith("(")) {
            return gs1(code, ScanForm.BRACKETED, null, elementStrings.bracketed(text));
        }
        if (DigitalLinks.looksLikeOne(text)) {
            return gs1(code, ScanForm.DIGITAL_LINK, null, digitalLinks.read(text));
        }
        if (text.indexOf(ElementStrings.GS) >= 0 || startsWithKey(text)) {
            return gs1(code, ScanForm.RAW, null, elementStrings.raw(text));
        }
        return plain(code, null);
    }

    /** Reads data from a scanner set to send the symbology identifier first, as GS1 recommends. */
    public ScannedCode scannerData(String code) {
        if (!code.startsWith("]") || code.length() < 3) {
            throw ElementCheck.refused(code, "symbology-identifier",
                    "Scanner data starts with a symbology identifier such as ]C1, ]d2 or ]Q3");
        }
        String id = code.substring(0, 3);
        String data = code.substring(id.length());
        if (GS1_DATA.containsKey(id)) {
            return gs1(code, ScanForm.RAW, GS1_DATA.get(id), elementStrings.raw(data));
        }
        if (PLAIN_DATA.containsKey(id)) {
            return DigitalLinks.looksLikeOne(data)
                    ? gs1(code, ScanForm.DIGITAL_LINK, PLAIN_DATA.get(id), digitalLinks.read(data))
                    : plain(code, PLAIN_DATA.get(id));
        }
        if (GTIN_SYMBOLS.containsKey(id)) {
            return gtinSymbol(code, id, data);
        }
        throw ElementCheck.refused(code, "symbology-identifier",
                "'" + id + "' is not a symbology identifier Lotline reads (e.g. ]C1, ]d2, ]Q3, ]e0, ]E0)");
    }

    private ScannedCode gtinSymbol(String code, String id, String data) {
        int composite = data.indexOf(COMPOSITE);
        String number = composite < 0 ? data : data.substring(0, composite);
        int length = GTIN_SYMBOLS.get(id);
        if (number.length() != length) {
            throw ElementCheck.refused(code, "gtin-symbol-length", "This symbol carries " + length + " digits, not "
                    + number.length());
        }
        List<Element> elements = new ArrayList<>();
        elements.add(elementStrings.element("01", "0".repeat(14 - length) + number));
        if (composite >= 0) {
            elements.addAll(elementStrings.raw(data.substring(composite + COMPOSITE.length())));
        }
        return gs1(code, ScanForm.GTIN_SYMBOL, id.equals("]E4") ? "EAN-8" : id.equals("]E0") ? "EAN-13" : "ITF-14",
                elements);
    }

    private ScannedCode gs1(String code, ScanForm form, String symbology, List<Element> elements) {
        if (!rules.checkAssociations()) {
            return new ScannedCode(code, form, symbology, elements, List.of());
        }
        List<Element> checked = associations.check(elements);
        if (rules.refuseMissingRequiredAis()) {
            associations.requireAll(checked);
        }
        return new ScannedCode(code, form, symbology, checked, associations.missing(checked));
    }

    private static ScannedCode plain(String code, String symbology) {
        return new ScannedCode(code, ScanForm.PLAIN, symbology, List.of(), List.of());
    }

    /** Raw data without separators is GS1 only when it opens with a valid SSCC (00) or GTIN (01, 02). */
    private boolean startsWithKey(String text) {
        return (text.startsWith("00") && text.length() >= 20 && validKey(text.substring(2, 20)))
                || ((text.startsWith("01") || text.startsWith("02")) && text.length() >= 16
                && validKey(text.substring(2, 16)));
    }

    private static boolean validKey(String digits) {
        return Linters.check("csum", digits).isEmpty();
    }
}
