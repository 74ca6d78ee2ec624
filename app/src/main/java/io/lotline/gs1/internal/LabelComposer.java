package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.Gs1;
import io.lotline.gs1.Label;
import io.lotline.gs1.LabelKind;
import io.lotline.gs1.ReadingRules;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes what a label carries, in the order GS1 recommends: the key (SSCC or GTIN), the batch, the date, the net
 * content. Each element is checked against the Syntax Dictionary and the whole against its required and excluded
 * pairs, strictly, so that Lotline never prints a label a scanner would refuse: a lot number AI (10) cannot carry (a
 * space, more than 20 characters) is refused naming the element.
 */
final class LabelComposer {
    static final String RESOLVER = "https://id.gs1.org";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Map<String, String> MEASURES = Map.of("KG", "310", "L", "315", "M", "311");
    private static final ElementStrings ELEMENTS = new ElementStrings(SyntaxDictionary.official(), ReadingRules.STRICT);
    private static final DigitalLinks LINKS = new DigitalLinks(SyntaxDictionary.official(), ReadingRules.STRICT);

    private LabelComposer() {
    }

    /**
     * A lot or case label: GTIN, lot, expiry or best-before date, net content; {@code attributes} are printed as text
     * lines only ({@code catchArea: FAO 87}), since GS1 has no element for most of them.
     */
    static Label lot(LabelKind kind, String description, String sku, String gtin, String lotNumber, LocalDate date,
                     boolean bestBefore, Quantity content, List<String> attributes) {
        List<Element> elements = new ArrayList<>();
        elements.add(ELEMENTS.element("01", gtin));
        if (date != null) {
            elements.add(ELEMENTS.element(bestBefore ? "15" : "17", YYMMDD.format(date)));
        }
        netContent(content, "30").ifPresent(elements::add);
        elements.add(ELEMENTS.element("10", lotNumber));
        List<String> lines = new ArrayList<>(List.of("Item " + sku + "  GTIN " + gtin, "Lot " + lotNumber));
        if (date != null) {
            lines.add((bestBefore ? "Best before " : "Use by ") + date);
        }
        lines.add((kind == LabelKind.CASE ? "Case content " : "Quantity ") + shown(content));
        lines.addAll(attributes);
        return compose(kind, description, lines, elements);
    }

    /**
     * A pallet's logistic label: the SSCC and, for a pallet of one lot of a GTIN counted in units, its content; the
     * lot's {@code attributes} as text lines.
     */
    static Label pallet(String sscc, String description, String gtin, String lotNumber, LocalDate date,
                        boolean bestBefore, Quantity content, List<String> attributes) {
        List<Element> elements = new ArrayList<>();
        elements.add(ELEMENTS.element("00", sscc));
        Optional<Element> count = gtin == null ? Optional.empty() : netContent(content, "37")
                .filter(element -> element.ai().equals("37"));
        List<String> lines = new ArrayList<>(List.of("SSCC " + sscc));
        if (count.isPresent()) {
            elements.add(ELEMENTS.element("02", gtin));
            if (date != null) {
                elements.add(ELEMENTS.element(bestBefore ? "15" : "17", YYMMDD.format(date)));
            }
            elements.add(count.get());
            elements.add(ELEMENTS.element("10", lotNumber));
        }
        if (lotNumber != null) {
            lines.add("Lot " + lotNumber + (date == null ? "" : (bestBefore ? "  best before " : "  use by ") + date));
        }
        if (content != null) {
            lines.add("Content " + shown(content));
        }
        lines.addAll(attributes);
        return compose(LabelKind.PALLET, description, lines, elements);
    }

    private static Label compose(LabelKind kind, String title, List<String> lines, List<Element> elements) {
        String humanReadable = new Label(kind, title, lines, elements, null).humanReadable();
        Gs1.read(humanReadable, ReadingRules.STRICT);
        return new Label(kind, title, lines, elements, LINKS.write(elements, RESOLVER));
    }

    /**
     * The net content as a GS1 measure: kilograms (310n), litres (315n) or metres (311n) with the fewest decimals
     * that say it exactly in six digits; a whole number of anything else as a count ({@code countAi}: 30 on a trade
     * item, 37 on a pallet). A content GS1 cannot say exactly is left off the symbols and stays on the text.
     */
    static Optional<Element> netContent(Quantity content, String countAi) {
        if (content == null || content.amount().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal amount = content.amount().stripTrailingZeros();
        String measure = MEASURES.get(content.unit().code());
        if (measure == null || countAi.equals("37")) {
            boolean whole = amount.scale() <= 0 && amount.precision() - amount.scale() <= 8;
            return whole && measure == null ? Optional.of(ELEMENTS.element(countAi, amount.toBigInteger().toString()))
                    : Optional.empty();
        }
        int decimals = Math.max(0, amount.scale());
        BigDecimal value = amount.movePointRight(decimals);
        if (decimals > 5 || value.precision() - value.scale() > 6) {
            return Optional.empty();
        }
        return Optional.of(ELEMENTS.element(measure + decimals, String.format("%06d", value.longValueExact())));
    }

    private static String shown(Quantity quantity) {
        return quantity == null ? "-" : quantity.amount().stripTrailingZeros().toPlainString() + " " + quantity.unit();
    }
}
