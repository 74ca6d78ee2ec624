package io.lotline.ledger;

import java.util.Optional;

/**
 * The rework a recall's disposition allows: a production order, named by the recall, may consume a lot the recall
 * holds, and what that order makes is held by the same recall until its own disposition. The recall capability
 * answers; the ledger asks before a held lot is consumed, production before it books an order's outputs.
 */
public interface RecallRework {
    /** Whether {@code recall}, which holds the lot, lets {@code productionOrder} consume it. */
    boolean permits(String recall, long lotId, String productionOrder);

    /** The recall whose rework disposition names {@code productionOrder}, if any: it holds the order's outputs. */
    Optional<String> reworkedUnder(String productionOrder);
}
