package io.lotline.ui.internal;

import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace as the graph page draws it: suppliers on the left, lots by the way material flowed (inputs before
 * outputs), customers on the right, quantities on the edges. A trace reaching more than {@code threshold} lots is
 * sent clustered instead: one node per item and depth with the number of lots in it, one edge per pair of clusters
 * with the number of links and their total where the units agree, and one node each for all suppliers and all
 * customers. That bounds what the browser receives by the items and depths of the trace, not by its lots.
 *
 * @param lots the lot numbers of the trace, for the FSMA 204 export; empty when clustered (the link would be too
 *             long; the export then names the traced lot)
 */
record TraceGraph(String direction, String root, int lotsReached, boolean clustered, List<Node> nodes,
                  List<Edge> edges, List<String> lots) {
    static final int CLUSTER_ABOVE = 2_000;

    /** {@code kind} is lot, cluster, supplier or customer; {@code count} is how many lots or parties it stands for. */
    record Node(String id, String kind, String label, String sku, Integer depth, String status, int count) {
    }

    record Edge(String id, String source, String target, String label) {
    }

    static TraceGraph of(Trace trace, int threshold) {
        String root = trace.roots().get(0);
        return trace.lots().size() > threshold ? clustered(trace, root) : lotByLot(trace, root);
    }

    private static TraceGraph lotByLot(Trace trace, String root) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Trace.Node lot : trace.lots()) {
            nodes.add(new Node(lotId(lot.lotNumber()), "lot", lot.lotNumber(), lot.sku(), lot.depth(), lot.status(),
                    1));
        }
        Set<String> parties = new LinkedHashSet<>();
        for (Trace.Receipt receipt : trace.receipts()) {
            String supplier = "supplier:" + receipt.supplier();
            if (parties.add(supplier)) {
                nodes.add(new Node(supplier, "supplier", name(receipt.supplierName(), receipt.supplier()), null, null,
                        null, 1));
            }
            edges.add(new Edge("r" + receipt.entryId(), supplier, lotId(receipt.lotNumber()),
                    receipt.quantity().toString()));
        }
        for (Trace.Edge edge : trace.edges()) {
            edges.add(new Edge("e" + edge.issueEntryId() + "-" + edge.outputEntryId(), lotId(edge.parent()),
                    lotId(edge.child()), edge.quantity().toString()));
        }
        for (Trace.Shipment shipment : trace.shipments()) {
            String customer = "customer:" + shipment.customer();
            if (parties.add(customer)) {
                nodes.add(new Node(customer, "customer", name(shipment.customerName(), shipment.customer()), null,
                        null, null, 1));
            }
            edges.add(new Edge("s" + shipment.entryId(), lotId(shipment.lotNumber()), customer,
                    shipment.quantity().toString()));
        }
        List<String> lots = trace.lots().stream().map(Trace.Node::lotNumber).toList();
        return new TraceGraph(trace.direction().name(), root, trace.lotsReached(), false, nodes, edges, lots);
    }

    private static TraceGraph clustered(Trace trace, String root) {
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, int[]> sizes = new LinkedHashMap<>();
        Map<String, Trace.Node> first = new HashMap<>();
        for (Trace.Node lot : trace.lots()) {
            String cluster = "cluster:" + lot.depth() + ":" + lot.sku();
            clusterOf.put(lot.lotNumber(), cluster);
            sizes.computeIfAbsent(cluster, c -> new int[1])[0]++;
            first.putIfAbsent(cluster, lot);
        }
        List<Node> nodes = new ArrayList<>();
        sizes.forEach((cluster, size) -> {
            Trace.Node lot = first.get(cluster);
            nodes.add(new Node(cluster, "cluster", lot.sku(), lot.sku(), lot.depth(), null, size[0]));
        });
        Flows flows = new Flows();
        Set<String> suppliers = new LinkedHashSet<>();
        for (Trace.Receipt receipt : trace.receipts()) {
            suppliers.add(receipt.supplier());
            flows.add("suppliers", clusterOf.get(receipt.lotNumber()), receipt.entryId(), receipt.quantity());
        }
        for (Trace.Edge edge : trace.edges()) {
            flows.add(clusterOf.get(edge.parent()), clusterOf.get(edge.child()), edge.issueEntryId(),
                    edge.quantity());
        }
        Set<String> customers = new LinkedHashSet<>();
        for (Trace.Shipment shipment : trace.shipments()) {
            customers.add(shipment.customer());
            flows.add(clusterOf.get(shipment.lotNumber()), "customers", shipment.entryId(), shipment.quantity());
        }
        if (!suppliers.isEmpty()) {
            nodes.add(new Node("suppliers", "supplier", null, null, null, null, suppliers.size()));
        }
        if (!customers.isEmpty()) {
            nodes.add(new Node("customers", "customer", null, null, null, null, customers.size()));
        }
        return new TraceGraph(trace.direction().name(), root, trace.lotsReached(), true, nodes, flows.edges(),
                List.of());
    }

    /**
     * The links between two clusters: how many, and their total while they share a unit. A quantity is counted once
     * per entry: the links of one consumption into several outputs (a split, a batch with by-products) each carry
     * what that consumption drew.
     */
    private static final class Flows {
        private final Map<String, Flow> flows = new LinkedHashMap<>();

        void add(String source, String target, long entry, Quantity quantity) {
            flows.computeIfAbsent(source + ">" + target, k -> new Flow(source, target)).add(entry, quantity);
        }

        List<Edge> edges() {
            List<Edge> edges = new ArrayList<>();
            int i = 0;
            for (Flow flow : flows.values()) {
                String label = flow.total == null ? flow.links + " ×" : flow.links + " × · " + flow.total;
                edges.add(new Edge("f" + i++, flow.source, flow.target, label));
            }
            return edges;
        }
    }

    private static final class Flow {
        private final String source;
        private final String target;
        private int links;
        private Quantity total;
        private boolean mixedUnits;
        private final Set<Long> entries = new java.util.HashSet<>();

        Flow(String source, String target) {
            this.source = source;
            this.target = target;
        }

        void add(long entry, Quantity quantity) {
            links++;
            if (mixedUnits || !entries.add(entry)) {
                return;
            }
            if (entries.size() == 1) {
                total = quantity;
            } else if (total != null && total.unit().equals(quantity.unit())) {
                total = total.plus(quantity);
            } else {
                total = null;
                mixedUnits = true;
            }
        }
    }

    private static String lotId(String lotNumber) {
        return "lot:" + lotNumber;
    }

    private static String name(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }
}
