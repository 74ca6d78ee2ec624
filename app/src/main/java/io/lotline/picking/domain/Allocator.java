package io.lotline.picking.domain;

import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an order line from the stock of its item: sorts the positions by the line's strategy, sets aside those a
 * rule refuses, and takes from the eligible ones in turn, a whole pallet or what is still needed, until the line is
 * covered or the eligible stock runs out. Positions carry what is free, so stock reserved for other orders is never
 * counted twice.
 */
public final class Allocator {
    private Allocator() {
    }

    public static AllocationPlan plan(Demand demand, List<StockPosition> positions) {
        Eligibility eligibility = Eligibility.of(demand.rules());
        List<StockPosition> eligible = new ArrayList<>();
        List<AllocationPlan.Skipped> skipped = new ArrayList<>();
        for (StockPosition position : positions.stream().sorted(PickSequence.of(demand.strategy())).toList()) {
            List<Refusal> refusals = eligibility.refusals(position);
            if (refusals.isEmpty()) {
                eligible.add(position);
            } else {
                skipped.add(new AllocationPlan.Skipped(position, refusals));
            }
        }
        List<String> lots = eligible.stream().map(StockPosition::lotNumber).distinct().toList();
        BigDecimal remaining = demand.outstanding().amount();
        List<AllocationPlan.PlannedPick> picks = new ArrayList<>();
        for (StockPosition position : eligible) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal take = position.available().amount().min(remaining);
            picks.add(new AllocationPlan.PlannedPick(position, new Quantity(take, demand.outstanding().unit()),
                    PickReason.why(demand, position, lots.indexOf(position.lotNumber()), lots.size())));
            remaining = remaining.subtract(take);
        }
        Quantity shortfall = new Quantity(remaining, demand.outstanding().unit());
        return new AllocationPlan(picks, skipped, demand.outstanding().minus(shortfall), shortfall, lots.size());
    }
}
