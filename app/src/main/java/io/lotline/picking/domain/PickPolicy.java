package io.lotline.picking.domain;

import java.util.Optional;

/**
 * One rule stock must pass before it is allocated to an order line. It answers with the reason the stock is skipped,
 * or with nothing when the stock may be picked. The rules are listed in {@link PickPolicies}.
 */
@FunctionalInterface
public interface PickPolicy {
    Optional<Refusal> check(StockPosition position);
}
