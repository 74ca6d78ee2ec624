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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captures documents all-or-nothing in one transaction, as a stream: every event is checked against what was
 * captured before (and against the events before it in the same document) and written with the capture's next batch
 * (ADR 55); a refusal anywhere in the document rolls the transaction back, so it stores nothing.
 * New receiving and transformation events at our own sites book their receipts and production, aggregation events
 * pack and unpack pallets, shipping, destroying and holding events ship, scrap and hold, and an errorDeclaration
 * reverses what the event it declares in error booked, in the same transaction; every new event records the lots it
 * names and the custody it hands over, wherever it happened, and the identifiers Lotline does not know as
 * provisional master data (or, in strict mode, is refused for them).
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
    private final StockEvents stockEvents;
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
    private final LedgerBornEvents ledgerBorn;
    private final EntryEvents entryEvents;
    private final CaptureBatches batches;

    EpcisService(CapturedEvents events, ReceivingEvents receipts, ProductionEvents production,
                 PackingEvents packings, StockEvents stockEvents, CurrentActor actor, Clock clock,
                 LotMasterData masterData, KnownIdentifiers known, EventLots eventLots, Origins origins,
                 CriticalEvents critical, Catalog catalog, ProvisionalMasterData provisional, Genealogy genealogy,
                 TraceDocuments traces, LedgerBornEvents ledgerBorn, EntryEvents entryEvents,
                 CaptureBatches batches) {
        this.ledgerBorn = ledgerBorn;
        this.entryEvents = entryEvents;
        this.batches = batches;
        this.genealogy = genealogy;
        this.traces = traces;
        this.packings = packings;
        this.stockEvents = stockEvents;
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
            String key = event.eventId() != null ? newKeyOfId(event) : knownByHash(event) ? null : event.key();
            keys.add(event.key());
            if (key != null) {
                write(event, key);
                captured++;
            }
        }

        /**
         * The key an event with an id is captured under, or none when it was captured before. An id captured before
         * with other content is claimed by another event, unless this one declares that event in error: EPCIS
         * repeats the event with an {@code errorDeclaration}, kept under its own event hash. The content is the
         * same when the content hash is, or when the id is the event's own event hash and the event kept under it
         * has that hash too (it was sent before without an id, or with it).
         */
        private String newKeyOfId(CapturedEvent event) {
            CapturedEvents.Hashes known = events.hashesOf(event.key()).orElse(null);
            if (known == null) {
                return event.key();
            }
            boolean sameHash = event.eventId().equals(event.eventHash()) && event.eventHash().equals(known.eventHash());
            if (sameHash || known.contentHash().equals(event.contentHash())) {
                return null;
            }
            JsonNode body = EpcisService.this.known.body(event);
            if (ErrorDeclarations.declares(body) && ErrorDeclarations.declaredHash(body).equals(known.eventHash())) {
                return events.hashesOf(event.eventHash()).isPresent() ? null : event.eventHash();
            }
            throw new EventIdConflict(event.index(), event.key());
        }

        /** An event without an id is known by its event hash, or by the key it was captured under before those. */
        private boolean knownByHash(CapturedEvent event) {
            return events.hashesOf(event.key()).isPresent() || events.hashesOf(event.formerKey()).isPresent();
        }

        private void write(CapturedEvent event, String key) {
            JsonNode body = EpcisService.this.known.body(event);
            List<ProvisionalMasterData.Unknown> unknown = provisional.check(event, body);
            EventRow row = events.append(event, key, format, capturedBy, recordTime);
            provisional.record(row, unknown);
            eventLots.record(row, body);
            critical.record(row, event, body);
            for (Booked booked : book(row, event, body)) {
                events.recordBooking(row, booked.outcome());
                booked.commands().forEach(command -> events.recordCommand(row, command));
                bookings.add(booked.outcome());
            }
        }

        /** What the event books at our places: a declaration corrects; other events book as their kind says. */
        private List<Booked> book(EventRow row, CapturedEvent event, JsonNode body) {
            if (ErrorDeclarations.declares(body)) {
                return stockEvents.correct(row, event, body).stream().map(EpcisService::withItsCommand).toList();
            }
            Booked booked = ReceivingEvents.receives(event) ? receipts.book(event)
                    : ProductionEvents.transforms(event) ? production.book(event)
                    : PackingEvents.packs(event) ? Booked.nothing(packings.book(event))
                    : stockEvents.book(event, body).map(EpcisService::withItsCommand).orElse(null);
            return booked == null ? List.of() : List.of(booked);
        }

        CaptureReport report() {
            return new CaptureReport(keys, captured, keys.size() - captured, bookings);
        }
    }

    /**
     * Captured events and ledger entries merged in one order ({@link EventPosition}): each source is searched in SQL
     * for at most one page past the token, and the first of both make the page.
     */
    @Override
    public QueryResult query(EventQuery query) {
        EventPosition after = Optional.ofNullable(query.pageToken()).map(PageTokens::position).orElse(null);
        int limit = query.perPage() + 1;
        Map<EventPosition, String> captured = new HashMap<>();
        events.find(EventConditions.of(query), after, limit).forEach(event -> captured.put(event.at(), event.json()));
        List<EventPosition> found = new ArrayList<>(captured.keySet());
        found.addAll(ledgerBorn.find(EntryConditions.of(query), after, limit));
        Collections.sort(found);
        boolean more = found.size() > query.perPage();
        List<EventPosition> page = more ? found.subList(0, query.perPage()) : found;
        String next = more ? PageTokens.after(page.get(page.size() - 1)) : null;
        return new QueryResult(answers.of(page.stream().map(at -> new CapturedEvents.StoredEvent(at,
                at.source() == EventPosition.Source.CAPTURED ? captured.get(at) : entryEvents.json(at.row())))
                .toList()), page.size(), next);
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

    /** A movement booked through the ledger, with the command that booked it, so that the query answers it once. */
    private static Booked withItsCommand(EventBooking booking) {
        return booking.ledgerCommand() == null ? Booked.nothing(booking)
                : new Booked(booking, List.of(booking.ledgerCommand()));
    }
}
