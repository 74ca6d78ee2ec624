package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a trace of thousands of lots says first, small whatever its size: how many lots at each depth and of each
 * item, the customers who received them and the suppliers who delivered them, the stock still on hand per item and
 * unit, and the totals of the full answer; for a reverse trace also the lots that only partners' captured events know,
 * by depth. {@code links} name where the lots and edges are paged (empty when the
 * summary is not answered in place of a full trace).
 */
record TraceSummary(Direction direction, List<String> roots, Integer maxDepth, Totals totals, List<Depth> lotsByDepth,
                    List<ItemLots> lotsByItem, List<Party> customers, List<Party> suppliers,
                    List<ItemStock> stockOnHand, List<Depth> partnerLotsByDepth, Map<String, String> links) {

    /** How many of each list the full trace holds. */
    record Totals(int lots, int edges, int shipments, int receipts, int stockPlaces, int partnerLots,
                  int partnerEvents) {
    }

    record Depth(int depth, int lots) {
    }

    record ItemLots(String sku, String description, int lots) {
    }

    /** A customer (shipments of reached lots) or supplier (receipts of reached lots), and how many lots. */
    record Party(String code, String name, int bookings, int lots) {
    }

    /** Stock of the reached lots of one item in one unit, on how many lots. */
    record ItemStock(String sku, Quantity quantity, int lots) {
    }

    static TraceSummary of(Trace trace, Map<String, String> links) {
        Map<Integer, Integer> depths = new TreeMap<>();
        Map<String, ItemLots> items = new TreeMap<>();
        for (Trace.Node lot : trace.lots()) {
            depths.merge(lot.depth(), 1, Integer::sum);
            items.merge(lot.sku(), new ItemLots(lot.sku(), lot.description(), 1),
                    (a, b) -> new ItemLots(a.sku(), a.description(), a.lots() + 1));
        }
        List<Depth> byDepth = new ArrayList<>();
        depths.forEach((depth, lots) -> byDepth.add(new Depth(depth, lots)));
        Map<Integer, Integer> partnerDepths = new TreeMap<>();
        trace.partnerLots().forEach(lot -> partnerDepths.merge(lot.depth(), 1, Integer::sum));
        List<Depth> partnersByDepth = new ArrayList<>();
        partnerDepths.forEach((depth, lots) -> partnersByDepth.add(new Depth(depth, lots)));

        PartyTally customers = new PartyTally();
        trace.shipments().forEach(s -> customers.add(s.customer(), s.customerName(), s.lotNumber()));
        PartyTally suppliers = new PartyTally();
        trace.receipts().forEach(r -> suppliers.add(r.supplier(), r.supplierName(), r.lotNumber()));

        Map<String, Quantity> stock = new TreeMap<>();
        Map<String, Set<String>> stockLots = new LinkedHashMap<>();
        Map<String, String> stockSkus = new LinkedHashMap<>();
        for (Trace.Stock place : trace.stock()) {
            String key = place.sku() + "\u0000" + place.quantity().unit();
            stock.merge(key, place.quantity(), Quantity::plus);
            stockLots.computeIfAbsent(key, k -> new HashSet<>()).add(place.lotNumber());
            stockSkus.put(key, place.sku());
        }
        List<ItemStock> onHand = new ArrayList<>();
        stock.forEach((key, quantity) -> onHand.add(
                new ItemStock(stockSkus.get(key), quantity, stockLots.get(key).size())));

        return new TraceSummary(trace.direction(), trace.roots(), trace.maxDepth(),
                new Totals(trace.lots().size(), trace.edges().size(), trace.shipments().size(),
                        trace.receipts().size(), trace.stock().size(), trace.partnerLots().size(),
                        trace.partnerEvents().size()),
                byDepth, List.copyOf(items.values()), customers.parties(), suppliers.parties(), onHand,
                partnersByDepth, links);
    }

    /** Counts bookings and distinct lots per party, in the order of their codes. */
    private static final class PartyTally {
        private final Map<String, String> names = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        private final Map<String, Integer> bookings = new LinkedHashMap<>();
        private final Map<String, Set<String>> lots = new LinkedHashMap<>();

        void add(String code, String name, String lotNumber) {
            names.putIfAbsent(code, name);
            bookings.merge(code, 1, Integer::sum);
            lots.computeIfAbsent(code, c -> new HashSet<>()).add(lotNumber);
        }

        List<Party> parties() {
            List<Party> parties = new ArrayList<>();
            names.forEach((code, name) -> parties.add(
                    new Party(code, name, bookings.get(code), lots.get(code).size())));
            return parties;
        }
    }
}
