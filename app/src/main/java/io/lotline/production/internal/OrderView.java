package io.lotline.production.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.production.ProductionOrder;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.util.List;

/** Reads a production order with its recipe against actual consumption, from the order row and its entries. */
final class OrderView {
    private OrderView() {
    }

    static ProductionOrder of(Orders.OrderRow row, List<Orders.RecipeRow> recipe, List<Entry> entries,
                              Catalog catalog) {
        Item output = catalog.item(row.outputItemId());
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
                row.actualQuantity() == null ? null : new Quantity(row.actualQuantity(), output.baseUnit()),
                row.yieldPercent(), row.createdAt(), row.createdBy(), row.completedAt(),
                row.continuous());
    }

    private static List<ProductionOrder.Booked> booked(List<Entry> entries, EntryType type) {
        return entries.stream().filter(e -> e.type() == type)
                .map(e -> new ProductionOrder.Booked(e.lotNumber(), e.sku(), e.baseQuantity(), e.id())).toList();
    }
}
