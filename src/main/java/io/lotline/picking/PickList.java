package io.lotline.picking;

import io.lotline.catalog.PickingStrategy;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the handheld shows for an order: the picks in walking order (by location code, then pallet), each with the
 * place, the pallet, the lot, the quantity in the item's base unit and why this lot; and per order line what was
 * allocated, what is missing ({@code shortfall}) and which stock was skipped and why. {@code shortAllocated} says
 * at a glance that some line is not fully covered.
 */
public record PickList(String order, String customer, LocalDate shipDate, OrderStatus status, boolean shortAllocated,
                       List<Pick> picks, List<LineState> lines) {
    public PickList {
        picks = List.copyOf(picks);
        lines = List.copyOf(lines);
    }

    /**
     * One pick: go to {@code location}, take {@code quantity} of {@code lotNumber} from {@code pallet}. Once
     * confirmed, {@code picked} is what was taken; a substitute names the pick it replaced in {@code substitutes}.
     */
    public record Pick(long pick, int line, String sku, String location, String pallet, String lotNumber,
                       LocalDate expiryDate, Quantity quantity, Quantity picked, PickStatus status, String reason,
                       Long substitutes, String scan, String confirmedBy, Instant confirmedAt) {
    }

    /** An order line's allocation: strategy, ordered, allocated, shortfall and the stock skipped. */
    public record LineState(int line, String sku, PickingStrategy strategy, Quantity ordered, Quantity allocated,
                            Quantity shortfall, List<SkippedLot> skipped) {
        public LineState {
            skipped = List.copyOf(skipped);
        }
    }
}
