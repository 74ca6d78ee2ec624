package io.lotline.picking.domain;

import io.lotline.shared.Quantity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the allocator decided for one order line: the picks in strategy order, each with the reason it was chosen;
 * the stock it skipped and why; how much it found and how much is missing. A shortfall is always stated, never
 * hidden in a smaller total.
 */
public record AllocationPlan(List<PlannedPick> picks, List<Skipped> skipped, Quantity allocated, Quantity shortfall,
                             int eligibleLots) {
    public AllocationPlan {
        picks = List.copyOf(picks);
        skipped = List.copyOf(skipped);
    }

    public boolean isShort() {
        return !shortfall.isZero();
    }

    /** Take this much from this position, for this reason. */
    public record PlannedPick(StockPosition from, Quantity quantity, String reason) {
    }

    /** A position the line may not take, with every rule it breaks. */
    public record Skipped(StockPosition position, List<Refusal> refusals) {
        public Skipped {
            refusals = List.copyOf(refusals);
        }

        public String rule() {
            return refusals.get(0).rule();
        }

        public String reason() {
            return refusals.stream().map(Refusal::reason).collect(Collectors.joining("; "));
        }
    }
}
