package io.lotline.recall.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.recall.MassBalance;
import io.lotline.recall.RecallReport.AffectedLot;
import io.lotline.recall.RecallReport.CustomerExposure;
import io.lotline.recall.RecallReport;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Works out a recall's scope and writes its report. Forward from the suspect lots reaches every lot made from them;
 * widening first walks back the given number of steps to the suspects' inputs and then forward from those, which
 * adds the sibling lots that share a suspect input. Customers, stock and suppliers come from the same traces.
 */
@Component
class RecallAssembler {
    private final Genealogy genealogy;
    private final MassBalances massBalances;
    private final Catalog catalog;

    RecallAssembler(Genealogy genealogy, MassBalances massBalances, Catalog catalog) {
        this.genealogy = genealogy;
        this.massBalances = massBalances;
        this.catalog = catalog;
    }

    /** The traces a recall is made of; {@code forward} answered {@code forwardRequest}. */
    record Scope(List<String> suspects, TraceRequest forwardRequest, Trace forward, Set<String> fromSuspects,
                 Trace reverse) {
    }

    Scope scope(List<String> suspects, int widenLevels) {
        TraceRequest fromSuspectsRequest = new TraceRequest(Direction.FORWARD, suspects, null);
        Trace fromSuspects = genealogy.trace(fromSuspectsRequest);
        Trace reverse = genealogy.trace(new TraceRequest(Direction.REVERSE, suspects, null));
        TraceRequest forwardRequest = fromSuspectsRequest;
        Trace forward = fromSuspects;
        if (widenLevels > 0) {
            List<String> sharedInputs = genealogy.trace(new TraceRequest(Direction.REVERSE, suspects, widenLevels))
                    .lots().stream().map(Trace.Node::lotNumber).toList();
            if (sharedInputs.size() > TraceRequest.MAX_ROOTS) {
                throw new InvalidInput("scope.widenLevels", widenLevels, "widened-scope-within-trace-limit",
                        "Widening " + widenLevels + " step(s) back reaches " + sharedInputs.size() + " lots, and at "
                                + "most " + TraceRequest.MAX_ROOTS + " can be traced forward at once: widen fewer "
                                + "steps, or open the recall on the shared inputs themselves");
            }
            forwardRequest = new TraceRequest(Direction.FORWARD, sharedInputs, null);
            forward = genealogy.trace(forwardRequest);
        }
        Set<String> reached = fromSuspects.lots().stream().map(Trace.Node::lotNumber).collect(Collectors.toSet());
        return new Scope(suspects, forwardRequest, forward, reached, reverse);
    }

    RecallReport report(RecallRecords.RecallRow row, Scope scope, Map<String, BigDecimal> returned,
                        Map<String, RecallRecords.Notice> notices) {
        Map<String, Quantity> onHand = onHand(scope.forward().stock());
        Set<String> suspects = new HashSet<>(scope.suspects());
        List<AffectedLot> affected = scope.forward().lots().stream().map(node -> new AffectedLot(node.lotNumber(),
                node.sku(), node.description(), node.depth(),
                suspects.contains(node.lotNumber()) ? "SUSPECT" : scope.fromSuspects().contains(node.lotNumber())
                        ? "MADE_FROM_SUSPECT" : "SHARES_SUSPECT_INPUT", node.status(),
                onHand.get(node.lotNumber()))).toList();
        InBaseUnits base = inBaseUnits();
        List<CustomerExposure> customers = customers(scope.forward().shipments(), base, returned, notices);
        List<MassBalance> balances = massBalances.of(scope.forwardRequest(), scope.forward());
        BigDecimal overall = effectiveness(scope.forward().shipments(), base, returned);
        Long elapsed = row.elapsedMs();
        return new RecallReport(row.code(), row.kind(), row.status(), row.reason(), scope.suspects(), affected,
                customers, scope.forward().stock(), scope.reverse().receipts(), balances,
                balances.stream().allMatch(MassBalance::balances), row.startedAt(), row.completedAt(), elapsed,
                row.targetMinutes(), RecallReport.withinTarget(elapsed, row.targetMinutes()), overall,
                row.closedByName(), row.closureSummary(), null);
    }

    /** Each lot's stock summed over its places, in the unit of its first stock row. */
    private static Map<String, Quantity> onHand(List<Trace.Stock> stock) {
        Map<String, Quantity> onHand = new HashMap<>();
        stock.forEach(s -> onHand.merge(s.lotNumber(), s.quantity(),
                (sum, more) -> new Quantity(sum.amount().add(more.amount()), sum.unit())));
        return onHand;
    }

    private static List<CustomerExposure> customers(List<Trace.Shipment> shipments, InBaseUnits base,
                                                    Map<String, BigDecimal> returned,
                                                    Map<String, RecallRecords.Notice> notices) {
        Map<String, List<Trace.Shipment>> byCustomer = shipments.stream().collect(Collectors.groupingBy(
                Trace.Shipment::customer, LinkedHashMap::new, Collectors.toList()));
        List<CustomerExposure> exposures = new ArrayList<>();
        byCustomer.forEach((customer, theirs) -> {
            Trace.Shipment first = theirs.get(0);
            UnitOfMeasure unit = base.of(first).unit();
            boolean oneUnit = theirs.stream().allMatch(s -> base.of(s).unit().equals(unit));
            BigDecimal shipped = theirs.stream().map(s -> base.of(s).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal recovered = recovered(customer, theirs, returned);
            RecallRecords.Notice notice = notices.get(customer);
            exposures.add(new CustomerExposure(customer, first.customerName(), first.contact(), first.email(),
                    first.phone(), theirs, oneUnit ? new Quantity(shipped, unit) : null,
                    oneUnit ? new Quantity(recovered, unit) : null, base.asBooked(theirs),
                    effectiveness(theirs, base, returned),
                    notice == null ? "NOT_SENT" : notice.acknowledgedAt() != null ? "ACKNOWLEDGED" : "SENT",
                    notice == null ? null : notice.sentAt(), notice == null ? null : notice.acknowledgedAt()));
        });
        return exposures;
    }

    private static BigDecimal recovered(String customer, List<Trace.Shipment> shipments,
                                        Map<String, BigDecimal> returned) {
        return shipments.stream().map(Trace.Shipment::lotNumber).distinct()
                .map(lot -> returned.getOrDefault(customer + "|" + lot, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Recovered over shipped, both in the items' base units (returns are kept in base units). Where the items in scope
     * have different base units, each base unit is taken on its own and the lowest share is reported, so a good figure
     * in one unit never hides a poor one in another.
     */
    static BigDecimal effectiveness(List<Trace.Shipment> shipments, InBaseUnits base,
                                    Map<String, BigDecimal> returned) {
        if (shipments.isEmpty()) {
            return null;
        }
        Map<UnitOfMeasure, List<Trace.Shipment>> byUnit = shipments.stream()
                .collect(Collectors.groupingBy(s -> base.of(s).unit()));
        BigDecimal lowest = null;
        for (List<Trace.Shipment> inUnit : byUnit.values()) {
            BigDecimal shipped = inUnit.stream().map(s -> base.of(s).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal back = BigDecimal.ZERO;
            Set<String> counted = new HashSet<>();
            for (Trace.Shipment s : inUnit) {
                if (counted.add(s.customer() + "|" + s.lotNumber())) {
                    back = back.add(returned.getOrDefault(s.customer() + "|" + s.lotNumber(), BigDecimal.ZERO));
                }
            }
            BigDecimal share = shipped.signum() == 0 ? BigDecimal.ONE
                    : back.divide(shipped, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            lowest = lowest == null ? share : lowest.min(share);
        }
        return lowest;
    }

    /** Shipments in their items' base units, each item read once per report. */
    InBaseUnits inBaseUnits() {
        Map<String, Item> items = new HashMap<>();
        return new InBaseUnits(sku -> items.computeIfAbsent(sku, catalog::item));
    }

    /** Compares shipments in base units and shows them in the units they were booked in. */
    record InBaseUnits(Function<String, Item> items) {
        Quantity of(Trace.Shipment shipment) {
            return items.apply(shipment.sku()).toBase(shipment.quantity(), "quantity");
        }

        /** What the shipments carried, per unit booked: {@code 4 BAG (100 KG)}, or {@code 2 BAG (50 KG) + 10 KG}. */
        String asBooked(List<Trace.Shipment> shipments) {
            Map<String, Quantity> byUnit = new LinkedHashMap<>();
            Map<String, String> skus = new HashMap<>();
            shipments.forEach(s -> {
                String key = s.sku() + "|" + s.quantity().unit().code();
                byUnit.merge(key, s.quantity(), Quantity::plus);
                skus.put(key, s.sku());
            });
            return byUnit.entrySet().stream().map(e -> items.apply(skus.get(e.getKey())).asBooked(e.getValue()))
                    .collect(Collectors.joining(" + "));
        }
    }
}
