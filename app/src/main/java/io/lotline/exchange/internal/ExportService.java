package io.lotline.exchange.internal;

import io.lotline.epcis.CriticalTrackingEvent;
import io.lotline.epcis.Epcis;
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
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<String> scope = request.recall() == null ? null : scope(request.recall());
        List<TraceabilityEvent> rows = new ArrayList<>(events.find(request, scope));
        rows.addAll(captured(request, scope));
        rows.sort(Comparator.comparing(TraceabilityEvent::eventDate));
        if (rows.isEmpty()) {
            throw new Unknown("critical tracking event for this request", "from", request.from() + ".." + request.to()
                    + (request.sku() == null ? "" : " sku " + request.sku())
                    + (request.lots().isEmpty() ? "" : " lots " + request.lots())
                    + (request.recall() == null ? "" : " recall " + request.recall()));
        }
        return rows;
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
    public byte[] fsma204Xlsx(ExportRequest request) {
        return Fsma204Sheet.xlsx(fsma204(request));
    }

    @Override
    public String fsma204Csv(ExportRequest request) {
        return Fsma204Sheet.csv(fsma204(request));
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
