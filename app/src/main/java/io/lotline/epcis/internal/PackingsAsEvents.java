package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import io.lotline.pallets.Packing;
import io.lotline.pallets.PalletsPacked;
import io.lotline.shared.Sscc;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A packing recorded through the REST API is kept as the AggregationEvent a partner would have sent, in the same
 * transaction, so the query shows one history however it was recorded. Only SSCCs have a GS1 identifier: licence
 * plate children are left out, and a licence plate parent, or no SSCC child at all, writes no event (an empty
 * childEPCs would mean every child to a reader of a DELETE).
 */
@Component
class PackingsAsEvents {
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private final EpcisDocuments documents = new EpcisDocuments();
    private final CapturedEvents events;
    private final Clock clock;

    PackingsAsEvents(CapturedEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(PalletsPacked packed) {
        Packing packing = packed.packing();
        if (packed.eventId() != null || !Sscc.looksLikeOne(packing.pallet())
                || packing.children().stream().noneMatch(Sscc::looksLikeOne)) {
            return;
        }
        List<CapturedEvent> event = documents.read(json(packing, packed.idempotencyKey())
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
        events.append(event.get(0), DocumentFormat.JSON, packing.actor(), clock.instant());
    }

    /** The event in JSON-LD; its id is derived from the idempotency key, under which the packing ran once. */
    private String json(Packing packing, String idempotencyKey) {
        JsonMapper mapper = documents.mapper();
        ObjectNode event = mapper.createObjectNode();
        event.putArray("@context").add(CONTEXT);
        event.put("type", "AggregationEvent");
        event.put("eventID", "urn:uuid:" + UUID.nameUUIDFromBytes(("lotline:pallet-packing:" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)));
        event.put("eventTime", packing.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("parentID", Gs1Keys.link(new Sscc(packing.pallet())));
        ArrayNode children = event.putArray("childEPCs");
        packing.children().stream().filter(Sscc::looksLikeOne)
                .forEach(child -> children.add(Gs1Keys.link(new Sscc(child))));
        boolean packs = packing.action() == Packing.Action.PACK;
        event.put("action", packs ? "ADD" : "DELETE");
        event.put("bizStep", packs ? "packing" : "unpacking");
        return mapper.writeValueAsString(event);
    }
}
