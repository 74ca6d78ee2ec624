package io.lotline.production.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.production.ProductionOrder;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Reads a production order with its recipe against actual consumption, from the order row and its entries. A completed
 * order's actual quantity and yield are counted from the outputs that stand now, so an output reversed after completion
 * (ADR 65) leaves them as it leaves the list of outputs; the order row keeps what they were at completion.
 */
final class OrderView {
    private OrderView() {
    }

    static ProductionOrder of(Orders.OrderRow row, List<Orders.RecipeRow> recipe, List<Entry> entries,
                              Catalog catalog) {
        Item output = catalog.item(row.outputItemId());
        BigDecimal made = row.completedAt() == null ? null : made(entries, output.sku());
        List<ProductionOrder.Booked> consumed = booked(entries, EntryType.ISSUE);
        List<ProductionOrder.Booked> produced = booked(entries, EntryType.OUTPUT);
        List<ProductionOrder.Line> lines = recipe.stream().map(line -> {
            Item input = catalog.item(line.itemId());
            BigDecimal used = consumed.stream().filter(b -> b.sku().equals(input.sku()))
                    .map(b -> b.quantity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ProductionOrder.Line(input.sku(), new Quantity(line.plannedQuantity(), input.baseUnit()),
                    new Quantity(used, input.baseUnit()));
        }).toList();
        return new ProductionOrder(row.code(), row.kind(), output.sku(),
                row.plannedQuantity() == null ? null : new Quantity(row.plannedQuantity(), output.baseUnit()),
                row.lineCode(), row.shiftCode(), row.status(), lines, consumed, produced,
                made == null ? null : new Quantity(made, output.baseUnit()),
                made == null ? null : yieldPercent(made, row.plannedQuantity()), row.createdAt(), row.createdBy(),
                row.completedAt(),
                row.continuous());
    }

    /** What the order's outputs of its own item add up to, in the item's base unit; co-products are not counted. */
    static BigDecimal made(List<Entry> entries, String outputSku) {
        return entries.stream().filter(e -> e.type() == EntryType.OUTPUT && e.sku().equals(outputSku))
                .map(e -> e.baseQuantity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Made against planned, in percent to three places; none without a plan. */
    static BigDecimal yieldPercent(BigDecimal made, BigDecimal planned) {
        return planned == null || planned.signum() == 0 ? null
                : made.multiply(BigDecimal.valueOf(100)).divide(planned, 3, RoundingMode.HALF_UP);
    }

    private static List<ProductionOrder.Booked> booked(List<Entry> entries, EntryType type) {
        return entries.stream().filter(e -> e.type() == type)
                .map(e -> new ProductionOrder.Booked(e.lotNumber(), e.sku(), e.baseQuantity(), e.id())).toList();
    }
}
