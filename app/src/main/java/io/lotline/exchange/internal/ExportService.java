package io.lotline.exchange.internal;

import io.lotline.epcis.CriticalTrackingEvent;
import io.lotline.epcis.Epcis;
import io.lotline.exchange.Download;
import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.Exports;
import io.lotline.exchange.OneUpOneDown;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.lots.Lots;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.Unknown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ExportService implements Exports {
    private static final String RETURN = "customer return";
    private final TraceabilityEvents events;
    private final Genealogy genealogy;
    private final Lots lots;
    private final Recalls recalls;
    private final ZoneId zone;
    private final Epcis epcis;

    ExportService(TraceabilityEvents events, Genealogy genealogy, Lots lots, Recalls recalls, Clock clock,
                  Epcis epcis) {
        this.epcis = epcis;
        this.events = events;
        this.recalls = recalls;
        this.genealogy = genealogy;
        this.lots = lots;
        this.zone = clock.getZone();
    }

    @Override
    public List<TraceabilityEvent> fsma204(ExportRequest request) {
        List<TraceabilityEvent> rows = new ArrayList<>();
        write(request, (found, attributes) -> {
            found.forEachRemaining(rows::add);
            return rows.size();
        });
        return rows;
    }

    @Override
    public long fsma204Xlsx(ExportRequest request, Download download) {
        return write(request, (rows, attributes) -> Fsma204Sheet.xlsx(attributes.get(), rows, download.open()));
    }

    @Override
    public long fsma204Csv(ExportRequest request, Download download) {
        return write(request, (rows, attributes) -> Fsma204Sheet.csv(attributes.get(), rows, download.open()));
    }

    /** Writes the rows of one export, given in date order with the names of their lots' attributes. */
    @FunctionalInterface
    private interface Rows {
        long write(Iterator<TraceabilityEvent> rows, Supplier<List<String>> attributeNames) throws IOException;
    }

    /**
     * Hands the request's rows to {@code rows} as they are read: the ledger's through a cursor, merged by date with
     * the events partners captured. Refused before anything is written when there is no row, so an empty sheet is
     * never taken as complete.
     */
    private long write(ExportRequest request, Rows rows) {
        List<String> scope = request.recall() == null ? null : scope(request.recall());
        List<TraceabilityEvent> captured = new ArrayList<>(captured(request, scope));
        captured.sort(Comparator.comparing(TraceabilityEvent::eventDate));
        try (Stream<TraceabilityEvent> booked = events.stream(request, scope)) {
            Iterator<TraceabilityEvent> found = new InDateOrder(booked.iterator(), captured.iterator());
            if (!found.hasNext()) {
                throw new Unknown("critical tracking event for this request", "from", request.from() + ".."
                        + request.to() + (request.sku() == null ? "" : " sku " + request.sku())
                        + (request.lots().isEmpty() ? "" : " lots " + request.lots())
                        + (request.recall() == null ? "" : " recall " + request.recall()));
            }
            return rows.write(found, () -> events.attributeNames(request, scope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The harvesting, cooling, initial packing and first land-based receiving events partners captured in EPCIS, of
     * the lots asked for (and those in the recall's scope).
     */
    private List<TraceabilityEvent> captured(ExportRequest request, List<String> scope) {
        List<String> codes = new ArrayList<>(request.lots());
        if (scope != null) {
            if (scope.isEmpty() && codes.isEmpty()) {
                return List.of();
            }
            codes.addAll(scope);
        }
        return epcis.criticalEvents(request.sku(), request.from(), request.to(), codes).stream()
                .map(ExportService::row).toList();
    }

    private static TraceabilityEvent row(CriticalTrackingEvent e) {
        String gln = e.locationGln();
        return new TraceabilityEvent(e.eventID(), e.cte().title(), "n/a", e.eventDate(), e.lot(),
                e.cte() == CriticalTrackingEvent.Cte.HARVESTING || e.cte() == CriticalTrackingEvent.Cte.COOLING ? null
                        : e.cte().title() + ", 21 CFR " + (e.cte() == CriticalTrackingEvent.Cte.INITIAL_PACKING
                        ? "1.1330" : "1.1335"),
                e.gtin(), null, e.quantity(), e.unit(), null, gln == null ? null : "GLN", gln, null, null,
                new TraceabilityEvent.Party(null, null, null, null, null, null, null, gln != null ? gln
                        : e.location()), null, null, null, null, null, null, null, Map.of(),
                new TraceabilityEvent.Origin(e.harvestLocation(), e.harvestDate(), e.harvestEndDate(),
                        e.coolingLocation(), e.coolingDate(), e.landingDate(), e.vesselName(), e.vesselId(),
                        e.catchArea()));
    }

    /** Every lot in the recall's scope, as its report lists them (suspect lots included). */
    private List<String> scope(String recall) {
        try {
            return recalls.report(recall).affectedLots().stream().map(RecallReport.AffectedLot::lotNumber).toList();
        } catch (Unknown unknown) {
            throw new Unknown("recall", "recall", recall);
        }
    }

    @Override
    public OneUpOneDown oneUpOneDown(String lotNumber) {
        lots.lot(lotNumber);
        List<String> back = reached(Direction.REVERSE, lotNumber);
        List<String> forward = reached(Direction.FORWARD, lotNumber);
        List<TraceabilityEvent> received = events.find(new ExportRequest(null, null, null, back), back).stream()
                .filter(e -> "Receiving".equals(e.cte()) && !RETURN.equals(e.role())).toList();
        List<TraceabilityEvent> onward = events.find(new ExportRequest(null, null, null, forward), forward);
        return new OneUpOneDown(lotNumber, consignments(received),
                consignments(onward.stream().filter(e -> "Shipping".equals(e.cte())).toList()),
                consignments(onward.stream().filter(e -> RETURN.equals(e.role())).toList()));
    }

    @Override
    public String oneUpOneDownCsv(String lotNumber) {
        return Fsma204Sheet.oneUpOneDownCsv(oneUpOneDown(lotNumber));
    }

    @Override
    public byte[] tracePdf(TraceRequest request) {
        return TracePdf.of(genealogy.trace(request), zone);
    }

    private List<String> reached(Direction direction, String lotNumber) {
        return genealogy.trace(new TraceRequest(direction, List.of(lotNumber), null)).lots().stream()
                .map(Trace.Node::lotNumber).toList();
    }

    private static List<OneUpOneDown.Consignment> consignments(List<TraceabilityEvent> events) {
        return events.stream().map(ExportService::consignment).toList();
    }

    private static OneUpOneDown.Consignment consignment(TraceabilityEvent e) {
        TraceabilityEvent.Party from = e.previousSource();
        TraceabilityEvent.Party to = e.recipient();
        TraceabilityEvent.Party owner = e.consignor();
        TraceabilityEvent.Party consignee = e.consignee();
        return new OneUpOneDown.Consignment(e.productDescription(), e.quantity(), e.unit(),
                from == null ? null : from.name(), from == null ? null : from.address(),
                to == null ? null : to.name(), to == null ? null : to.address(), e.tlc(), e.internalLot(),
                e.eventDate(), e.dispatchedOn(), owner == null ? null : owner.name(),
                owner == null ? null : owner.address(), consignee == null ? null : consignee.name(),
                consignee == null ? null : consignee.address(), e.referenceDocumentType() + " "
                + (e.referenceDocumentNumber() == null ? "" : e.referenceDocumentNumber()));
    }
}
