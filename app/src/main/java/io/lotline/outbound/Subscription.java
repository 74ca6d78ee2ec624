package io.lotline.outbound;

import java.time.Instant;
import java.util.List;

/** A subscription as the API answers it: everything but its secret. */
public record Subscription(long id, String name, String webhookUrl, List<OutboundEventType> eventTypes,
                           List<String> bizSteps, String sku, String lotNumber, PayloadFormat format, String createdBy,
                           Instant createdAt) {
}
