package io.lotline.outbound.domain;

import io.lotline.outbound.OutboundEventType;
import java.util.List;

/**
 * Which events a subscriber asked for: each condition given must hold (one of the event types, one of the business
 * steps, the item, the lot); a condition not given lets every event through.
 */
public record SubscriptionFilter(List<OutboundEventType> eventTypes, List<String> bizSteps, String sku,
                                 String lotNumber) {
    public SubscriptionFilter {
        eventTypes = List.copyOf(eventTypes);
        bizSteps = List.copyOf(bizSteps);
    }

    public boolean matches(OutboundEvent event) {
        return (eventTypes.isEmpty() || eventTypes.contains(event.type()))
                && (bizSteps.isEmpty() || bizSteps.contains(event.bizStep()))
                && (sku == null || sku.equals(event.sku()))
                && (lotNumber == null || lotNumber.equals(event.lotNumber()));
    }
}
