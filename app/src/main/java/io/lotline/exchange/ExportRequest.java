package io.lotline.exchange;

import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/**
 * What an authority asks for: a product, a date range, traceability lot codes, or every lot in a recall's scope (any
 * combination). At least one is needed; a range runs from its first to its last day inclusive and must not be
 * inverted.
 */
public record ExportRequest(String sku, LocalDate from, LocalDate to, List<String> lots, String recall) {
    public ExportRequest {
        lots = lots == null ? List.of() : lots.stream().filter(l -> l != null && !l.isBlank()).toList();
        sku = sku == null || sku.isBlank() ? null : sku;
        recall = recall == null || recall.isBlank() ? null : recall;
        if (sku == null && from == null && to == null && lots.isEmpty() && recall == null) {
            throw new InvalidInput("from", null, "filter-required",
                    "Name a product (sku), a date range (from, to), traceability lot codes (lot) or a recall");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", to, "date-range-order", "The range ends on " + to + ", before it starts on "
                    + from);
        }
    }

    public ExportRequest(String sku, LocalDate from, LocalDate to, List<String> lots) {
        this(sku, from, to, lots, null);
    }
}
