package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import java.util.List;
import java.util.Map;

/**
 * An order as the desk reads it before looking at stock: the customer, the lines, and the item of each line, read
 * once for everything an allocation and its pick list need.
 */
record OrderLines(Party customer, List<LineRow> lines, Map<Long, Item> items) {
    OrderLines {
        lines = List.copyOf(lines);
        items = Map.copyOf(items);
    }

    Item item(LineRow line) {
        return items.get(line.itemId());
    }

    List<Long> itemIds() {
        return lines.stream().map(LineRow::itemId).distinct().toList();
    }
}
