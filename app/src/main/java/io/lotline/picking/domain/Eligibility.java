package io.lotline.picking.domain;

import java.util.List;
import java.util.Optional;

/**
 * The rules one order line applies to stock, in the order a picker would check them. A position is eligible when no
 * rule refuses it; otherwise every refusal is kept, so that the skipped lot says all that is wrong with it.
 */
public record Eligibility(List<PickPolicy> policies) {
    public Eligibility {
        policies = List.copyOf(policies);
    }

    /** An order line's rules: released, not expired on the ship date, shelf life, pickable, requested lot, free. */
    public static Eligibility of(LineRules rules) {
        return new Eligibility(List.of(PickPolicies.released(), PickPolicies.notExpiredOn(rules.shipDate()),
                PickPolicies.remainingShelfLifeAtLeast(rules.minimumShelfLifeDays(), rules.shipDate(),
                        rules.customer()),
                PickPolicies.pickableLocation(), PickPolicies.theRequestedLot(rules.requestedLot()),
                PickPolicies.freeStock()));
    }

    public List<Refusal> refusals(StockPosition position) {
        return policies.stream().map(policy -> policy.check(position)).flatMap(Optional::stream).toList();
    }

    public boolean allows(StockPosition position) {
        return refusals(position).isEmpty();
    }
}
