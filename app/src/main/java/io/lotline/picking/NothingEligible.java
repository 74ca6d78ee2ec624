package io.lotline.picking;

import io.lotline.shared.Refused;
import java.util.List;

/**
 * An order line for which no stock may be picked at all. The problem lists every candidate lot position under
 * {@code candidates}, each with the reason it was refused, so the order desk sees whether to wait for quality, ask
 * the customer, or move stock to a pickable location. Nothing is reserved.
 */
public class NothingEligible extends Refused {
    public NothingEligible(String field, String sku, int line, List<SkippedLot> candidates) {
        super(field, sku, "nothing-eligible", candidates.isEmpty()
                ? "Line " + line + ": there is no stock of item " + sku + " to allocate"
                : "Line " + line + ": no stock of item " + sku + " may be picked for this order; "
                + (candidates.size() == 1 ? "the one candidate is" : "each of the " + candidates.size()
                + " candidates is") + " listed with the reason");
        withDetail("candidates", List.copyOf(candidates));
    }
}
