package io.lotline.outbound.internal;

import io.lotline.epcis.LedgerEvents;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntriesPosted;
import io.lotline.outbound.PayloadFormat;
import io.lotline.outbound.domain.OutboundEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an outbox message for each booked entry and each subscription that asks for it, inside the booking's
 * transaction: the message exists exactly when the booking committed. An event's payload is made once for each format
 * its subscribers asked for (Lotline's JSON, an EPCIS document). Subscriptions are read from the database each
 * time, so one created on another instance counts at once.
 */
@Component
class OutboxWriter {
    private final SubscriptionRows subscriptions;
    private final OutboxMessages outbox;
    private final JsonMapper json;
    private final LedgerEvents epcis;
    private final Clock clock;

    OutboxWriter(SubscriptionRows subscriptions, OutboxMessages outbox, JsonMapper json, LedgerEvents epcis,
                 Clock clock) {
        this.epcis = epcis;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(EntriesPosted posted) {
        List<SubscriptionRows.Active> active = subscriptions.filters();
        if (active.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Entry entry : posted.entries()) {
            OutboundEvent event = OutboundEvent.of(entry);
            Map<PayloadFormat, String> payloads = new EnumMap<>(PayloadFormat.class);
            for (SubscriptionRows.Active subscription : active) {
                if (subscription.filter().matches(event)) {
                    String payload = payloads.computeIfAbsent(subscription.format(), format -> payload(event, format));
                    outbox.add(subscription.id(), event.type().wireName(), payload, now);
                }
            }
        }
    }

    private String payload(OutboundEvent event, PayloadFormat format) {
        if (format == PayloadFormat.EPCIS_JSON_LD) {
            return epcis.document(event.entry());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventType", event.type().wireName());
        body.put("bizStep", event.bizStep());
        body.put("sku", event.sku());
        body.put("lotNumber", event.lotNumber());
        body.put("entry", event.entry());
        return json.writeValueAsString(body);
    }
}
