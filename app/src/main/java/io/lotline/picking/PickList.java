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
     * {@code asBooked} is the quantity in the unit the line was ordered in, {@code 2 BAG (50 KG)}.
     */
    public record Pick(long pick, int line, String sku, String location, String pallet, String lotNumber,
                       LocalDate expiryDate, Quantity quantity, Quantity picked, PickStatus status, String reason,
                       Long substitutes, String scan, String confirmedBy, Instant confirmedAt, String asBooked) {

        /** A pick just allocated: reserved, not yet picked, scanned or confirmed by anyone. */
        public static Pick reserved(long pick, int line, String sku, String location, String pallet,
                                    String lotNumber, LocalDate expiryDate, Quantity quantity, String reason) {
            return new Pick(pick, line, sku, location, pallet, lotNumber, expiryDate, quantity, null,
                    PickStatus.RESERVED, reason, null, null, null, null, null);
        }

        /** The same pick, shown in the unit its line was ordered in. */
        public Pick withAsBooked(String shown) {
            return new Pick(pick, line, sku, location, pallet, lotNumber, expiryDate, quantity, picked, status, reason,
                    substitutes, scan, confirmedBy, confirmedAt, shown);
        }
    }

    /**
     * An order line's allocation: strategy, ordered, allocated, shortfall (in the base unit) and the stock skipped;
     * {@code orderedAsBooked} is the quantity as the customer ordered it, {@code 2 BAG (50 KG)}.
     */
    public record LineState(int line, String sku, PickingStrategy strategy, Quantity ordered, Quantity allocated,
                            Quantity shortfall, List<SkippedLot> skipped, String orderedAsBooked) {
        public LineState {
            skipped = List.copyOf(skipped);
        }
    }
}
