package io.lotline.epcis.internal;

import io.lotline.epcis.CaptureReport;
import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.Epcis;
import io.lotline.epcis.EventBooking;
import io.lotline.epcis.EventIdConflict;
import io.lotline.epcis.EventQuery;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.epcis.CriticalTrackingEvent;
import io.lotline.epcis.PartnerTrace;
import io.lotline.epcis.ProvisionalIdentifier;
import io.lotline.shared.Gtin;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import io.lotline.epcis.QueryResult;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.CurrentActor;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captures documents all-or-nothing in one transaction, as a stream: every event is checked against what was
 * captured before (and against the events before it in the same document) and written as it is read; a refusal
 * anywhere in the document rolls the transaction back, so it stores nothing.
 * New receiving and transformation events at our own sites book their receipts and production, aggregation events
 * pack and unpack pallets, in the same transaction; every new event records the lots it names and the custody it
 * hands over, wherever it happened, and the identifiers Lotline does not know as provisional master data (or, in
 * strict mode, is refused for them).
 */
@Service
@Transactional(readOnly = true)
class EpcisService implements Epcis {
    private final EpcisDocuments documents = new EpcisDocuments();
    private final CapturedEvents events;
    private final QueryDocuments answers;
    private final ReceivingEvents receipts;
    private final ProductionEvents production;
    private final PackingEvents packings;
    private final CurrentActor actor;
    private final Clock clock;
    private final KnownIdentifiers known;
    private final EventLots eventLots;
    private final Origins origins;
    private final CriticalEvents critical;
    private final Catalog catalog;
    private final ProvisionalMasterData provisional;

    private final Genealogy genealogy;
    private final TraceDocuments traces;
    private final CaptureBatches batches;

    EpcisService(CapturedEvents events, ReceivingEvents receipts, ProductionEvents production,
                 PackingEvents packings, CurrentActor actor, Clock clock, LotMasterData masterData,
                 KnownIdentifiers known, EventLots eventLots, Origins origins, CriticalEvents critical,
                 Catalog catalog, ProvisionalMasterData provisional, Genealogy genealogy, TraceDocuments traces,
                 CaptureBatches batches) {
        this.batches = batches;
        this.genealogy = genealogy;
        this.traces = traces;
        this.packings = packings;
        this.provisional = provisional;
        this.critical = critical;
        this.catalog = catalog;
        this.known = known;
        this.eventLots = eventLots;
        this.origins = origins;
        this.events = events;
        this.receipts = receipts;
        this.production = production;
        this.actor = actor;
        this.clock = clock;
        this.answers = new QueryDocuments(documents.mapper(), clock, masterData::addTo);
    }

    /**
     * Nested: inside a caller's transaction, a refusal takes back this capture's rows (to a savepoint) only. The rows
     * are written in batches, and the keys of the events read ahead looked up together ({@link CaptureBatch}).
     */
    @Override
    @Transactional(propagation = Propagation.NESTED)
    public CaptureReport capture(InputStream document, DocumentFormat format) {
        Capture capture = new Capture(format, actor.current().username(), clock.instant());
        try (CaptureBatch batch = batches.open()) {
            documents.read(document, format, events::lookAhead, capture::take);
            batch.flush();
        }
        return capture.report();
    }

    /**
     * One capture under way: each event is compared with what was captured before, this document's earlier events
     * included (held for the next batch or written by then), and written with the next batch, so that nothing but
     * the report grows with the document. A conflict or refusal throws, and the transaction takes back what was
     * written.
     */
    private final class Capture {
        private final DocumentFormat format;
        private final String capturedBy;
        private final Instant recordTime;
        private final List<String> keys = new ArrayList<>();
        private final List<EventBooking> bookings = new ArrayList<>();
        private int captured;

        Capture(DocumentFormat format, String capturedBy, Instant recordTime) {
            this.format = format;
            this.capturedBy = capturedBy;
            this.recordTime = recordTime;
        }

        void take(CapturedEvent event) {
            boolean known = event.eventId() != null ? knownById(event) : knownByHash(event);
            keys.add(event.key());
            if (!known) {
                write(event);
                captured++;
            }
        }

        /**
         * An event with an id is known when captured before; with other content it claims an id not its own. The
         * content is the same when the content hash is, or when the id is the event's own event hash and the event
         * kept under it has that hash too (it was sent before without an id, or with it).
         */
        private boolean knownById(CapturedEvent event) {
            CapturedEvents.Hashes known = events.hashesOf(event.key()).orElse(null);
            if (known == null) {
                return false;
            }
            boolean sameHash = event.eventId().equals(event.eventHash()) && event.eventHash().equals(known.eventHash());
            if (!sameHash && !known.contentHash().equals(event.contentHash())) {
                throw new EventIdConflict(event.index(), event.key());
            }
            return true;
        }

        /** An event without an id is known by its event hash, or by the key it was captured under before those. */
        private boolean knownByHash(CapturedEvent event) {
            return events.hashesOf(event.key()).isPresent() || events.hashesOf(event.formerKey()).isPresent();
        }

        private void write(CapturedEvent event) {
            JsonNode body = EpcisService.this.known.body(event);
            List<ProvisionalMasterData.Unknown> unknown = provisional.check(event, body);
            EventRow row = events.append(event, format, capturedBy, recordTime);
            provisional.record(row, unknown);
            eventLots.record(row, body);
            critical.record(row, event, body);
            EventBooking booking = ReceivingEvents.receives(event) ? receipts.book(event)
                    : ProductionEvents.transforms(event) ? production.book(event)
                    : PackingEvents.packs(event) ? packings.book(event) : null;
            if (booking != null) {
                events.recordBooking(row, booking);
                bookings.add(booking);
            }
        }

        CaptureReport report() {
            return new CaptureReport(keys, captured, keys.size() - captured, bookings);
        }
    }

    @Override
    public QueryResult query(EventQuery query) {
        long after = Optional.ofNullable(query.pageToken()).map(PageTokens::row).orElse(0L);
        List<CapturedEvents.StoredEvent> found = events.find(EventConditions.of(query), after, query.perPage() + 1);
        boolean more = found.size() > query.perPage();
        List<CapturedEvents.StoredEvent> page = more ? found.subList(0, query.perPage()) : found;
        String next = more ? PageTokens.after(page.get(page.size() - 1).row()) : null;
        return new QueryResult(answers.of(page), page.size(), next);
    }

    @Override
    public PartnerTrace origins(String lotNumber, String epcClass) {
        return origins.of(lotNumber, epcClass);
    }

    @Override
    public List<CriticalTrackingEvent> criticalEvents(String sku, LocalDate from, LocalDate to, List<String> lots) {
        String gtin = null;
        if (sku != null) {
            Optional<Gtin> known = catalog.itemWithSku(sku).map(Item::gtin);
            if (known.isEmpty()) {
                return List.of();
            }
            gtin = known.get().value();
        }
        return critical.find(from, to, lots == null ? List.of() : lots, gtin);
    }

    @Override
    public List<ProvisionalIdentifier> provisional() {
        return provisional.stillUnknown();
    }

    @Override
    public String trace(TraceRequest request) {
        return traces.of(genealogy.trace(request));
    }
}
