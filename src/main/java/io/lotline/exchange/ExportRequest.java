package io.lotline.exchange;

import io.lotline.shared.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/**
 * What an authority asks for: a product, a date range, or a list of traceability lot codes (any combination). At
 * least one is needed; a range runs from its first to its last day inclusive and must not be inverted.
 */
public record ExportRequest(String sku, LocalDate from, LocalDate to, List<String> lots) {
    public ExportRequest {
        lots = lots == null ? List.of() : lots.stream().filter(l -> l != null && !l.isBlank()).toList();
        if ((sku == null || sku.isBlank()) && from == null && to == null && lots.isEmpty()) {
            throw new InvalidInput("from", null, "filter-required",
                    "Name a product (sku), a date range (from, to) or traceability lot codes (lot)");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", to, "date-range-order", "The range ends on " + to + ", before it starts on "
                    + from);
        }
        sku = sku == null || sku.isBlank() ? null : sku;
    }
}
