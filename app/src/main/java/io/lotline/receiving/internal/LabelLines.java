package io.lotline.receiving.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.gs1.Gs1;
import io.lotline.gs1.Gs1Dates;
import io.lotline.gs1.ScannedCode;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.ReceiveLabel;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Unknown;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the supplier's scanned label into a receipt line: the item by its GTIN, the supplier's lot, the dates, and
 * the net content when the label carries it and the clerk gave none. A label that breaks a GS1 rule is refused naming
 * the element, before anything is booked.
 */
final class LabelLines {
    private static final Map<String, String> MEASURES = Map.of("310", "KG", "315", "L");

    private LabelLines() {
    }

    static ReceiveGoods receipt(ReceiveLabel receipt, Catalog catalog, LocalDate today) {
        ScannedCode label = Gs1.read(receipt.label(), "label");
        String gtin = label.value("01").or(() -> label.value("02")).orElseThrow(() -> new InvalidInput("label",
                receipt.label(), "label-names-item", "The label names no trade item: (01) or (02) is missing"));
        Item item = catalog.itemWithGtin(new Gtin(gtin))
                .orElseThrow(() -> new Unknown("item with GTIN", "label", gtin));
        Quantity quantity = Optional.ofNullable(receipt.quantity()).or(() -> content(label, item))
                .orElseThrow(() -> new InvalidInput("quantity", null, "required",
                        "The label carries no net content; give the quantity"));
        LocalDate expiry = label.value("17").or(() -> label.value("15")).map(d -> Gs1Dates.date(d, today))
                .orElse(null);
        LocalDate production = label.value("11").map(d -> Gs1Dates.date(d, today)).orElse(null);
        ReceiveGoods.Line line = new ReceiveGoods.Line(item.sku(), quantity, null, label.value("10").orElse(null),
                production, expiry, receipt.destination(), receipt.certificates(), List.of(), null, null, null,
                receipt.attributes());
        return new ReceiveGoods(receipt.supplier(), receipt.purchaseOrder(), List.of(line));
    }

    /** Net weight or volume (310n kg, 315n l, n decimals), or a count (30, 37) of the item's base unit. */
    private static Optional<Quantity> content(ScannedCode label, Item item) {
        for (var element : label.elements()) {
            String measure = element.ai().length() == 4 ? MEASURES.get(element.ai().substring(0, 3)) : null;
            if (measure != null) {
                int decimals = element.ai().charAt(3) - '0';
                return Optional.of(Quantity.of(new BigDecimal(element.value()).movePointLeft(decimals),
                        UnitOfMeasure.of(measure)));
            }
        }
        return label.value("30").or(() -> label.value("37"))
                .map(count -> Quantity.of(new BigDecimal(count), item.baseUnit()));
    }
}
