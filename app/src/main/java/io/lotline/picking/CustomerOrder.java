package io.lotline.picking;

import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer order as it stands: what each line asks for and how much of it is allocated, picked and shipped, and
 * what is still missing. Quantities after "ordered" are in the item's base unit.
 */
public record CustomerOrder(String code, String customer, String customerName, LocalDate shipDate,
                            OrderStatus status, List<Line> lines, String deliveryNote, Instant createdAt,
                            String createdBy, Instant closedAt, String closedBy, String cancelReason) {
    public CustomerOrder {
        lines = List.copyOf(lines);
    }

    /**
     * One line. {@code strategy} is the one allocation uses: the item's, or the one a supervisor set on the line
     * ({@code strategySetBy}, {@code strategyReason}). {@code shortfall} is what allocation could not cover.
     */
    public record Line(int line, String sku, String description, Quantity ordered, Quantity orderedInBaseUnit,
                       String requestedLot, PickingStrategy strategy, String strategySetBy, String strategyReason,
                       Quantity allocated, Quantity picked, Quantity shipped, Quantity shortfall) {
    }
}
