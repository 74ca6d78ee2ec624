package io.lotline.production;

import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A production order as it stands: what it makes and what it has consumed and yielded so far; when completed, its
 * yield against plan. A {@code continuous} order's outputs hold only what it had consumed when each was made.
 */
public record ProductionOrder(String code, String kind, String outputSku, Quantity plannedQuantity, String lineCode,
                              String shiftCode, String status, List<Line> recipe, List<Booked> consumed,
                              List<Booked> produced, Quantity actualQuantity, BigDecimal yieldPercent,
                              Instant createdAt, String createdBy, Instant completedAt, boolean continuous) {

    /** A recipe line against what was actually consumed of that item. */
    public record Line(String sku, Quantity planned, Quantity consumed) {
    }

    /** A lot consumed or produced by the order. */
    public record Booked(String lotNumber, String sku, Quantity quantity, long entryId) {
    }
}
