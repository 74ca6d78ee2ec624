package io.lotline.genealogy.internal;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the set of lots a traversal reached into the answer a quality manager reads: the lots, the edges between
 * them, and, in bulk for the whole set, shipments (forward), receipts (reverse) and stock. One query each, whatever
 * the number of lots.
 */
@Component
class TraceAssembler {
    private static final String NODES = SqlResource.load(TraceAssembler.class, "trace-lots.sql");
    private static final String EDGES_FORWARD = SqlResource.load(TraceAssembler.class, "trace-edges-forward.sql");
    private static final String EDGES_REVERSE = SqlResource.load(TraceAssembler.class, "trace-edges-reverse.sql");
    private static final String SHIPMENTS = SqlResource.load(TraceAssembler.class, "trace-shipments.sql");
    private static final String RECEIPTS = SqlResource.load(TraceAssembler.class, "trace-receipts.sql");
    private static final String STOCK = SqlResource.load(TraceAssembler.class, "trace-stock.sql");
    private static final String INPUT_TOTALS = SqlResource.load(TraceAssembler.class, "trace-input-totals.sql");

    private final JdbcClient jdbc;

    TraceAssembler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Reached(Map<Long, String> numbers, List<Trace.Node> nodes, List<Trace.Edge> edges,
                   List<Trace.Shipment> shipments, List<Trace.Receipt> receipts, List<Trace.Stock> stock,
                   List<Trace.Share> shares) {
    }

    Reached assemble(Collection<Long> roots, long[] reached, Direction direction) {
        Long[] ids = new Long[reached.length];
        for (int i = 0; i < reached.length; i++) {
            ids[i] = reached[i];
        }
        Set<Long> inTrace = new HashSet<>(List.of(ids));
        List<RawEdge> rawEdges = jdbc.sql(direction == Direction.FORWARD ? EDGES_FORWARD : EDGES_REVERSE)
                .param("ids", ids).query(TraceAssembler::edge).list().stream()
                .filter(e -> inTrace.contains(e.parent()) && inTrace.contains(e.child())).toList();
        Map<Long, Integer> depths = depths(roots, rawEdges, direction);
        Map<Long, String> numbers = new HashMap<>();
        List<Trace.Node> nodes = new ArrayList<>();
        jdbc.sql(NODES).param("ids", ids).query(rs -> {
            long id = rs.getLong("id");
            numbers.put(id, rs.getString("lot_number"));
            nodes.add(new Trace.Node(rs.getString("lot_number"), rs.getString("sku"), rs.getString("description"),
                    rs.getString("status"), rs.getString("origin"), rs.getObject("production_date", LocalDate.class),
                    rs.getObject("expiry_date", LocalDate.class), rs.getString("supplier_lot"),
                    depths.getOrDefault(id, 0)));
        });
        nodes.sort((a, b) -> a.depth() != b.depth() ? Integer.compare(a.depth(), b.depth())
                : a.lotNumber().compareTo(b.lotNumber()));
        List<Trace.Edge> edges = rawEdges.stream().map(e -> new Trace.Edge(numbers.get(e.parent()),
                numbers.get(e.child()), e.quantity(), e.productionOrder(), e.issueEntry(), e.outputEntry())).toList();
        return new Reached(numbers, nodes, edges,
                direction == Direction.FORWARD ? jdbc.sql(SHIPMENTS).param("ids", ids).query(TraceAssembler::shipment)
                        .list() : List.of(),
                direction == Direction.REVERSE ? jdbc.sql(RECEIPTS).param("ids", ids).query(TraceAssembler::receipt)
                        .list() : List.of(),
                direction == Direction.FORWARD ? jdbc.sql(STOCK).param("ids", ids).query(TraceAssembler::stock).list()
                        : List.of(),
                shares(rawEdges, numbers));
    }

    /** Steps from the nearest root, walking the edges of the trace. */
    private static Map<Long, Integer> depths(Collection<Long> roots, List<RawEdge> edges, Direction direction) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (RawEdge e : edges) {
            long from = direction == Direction.FORWARD ? e.parent() : e.child();
            long to = direction == Direction.FORWARD ? e.child() : e.parent();
            next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
        Map<Long, Integer> depth = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        for (Long root : roots) {
            if (depth.putIfAbsent(root, 0) == null) {
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            long lot = queue.poll();
            for (long other : next.getOrDefault(lot, List.of())) {
                if (depth.putIfAbsent(other, depth.get(lot) + 1) == null) {
                    queue.add(other);
                }
            }
        }
        return depth;
    }

    /** Each input's share in an output: its quantity over all inputs of that output, where all share one unit. */
    private List<Trace.Share> shares(List<RawEdge> edges, Map<Long, String> numbers) {
        if (edges.isEmpty()) {
            return List.of();
        }
        Long[] children = edges.stream().map(RawEdge::child).distinct().toArray(Long[]::new);
        Map<Long, BigDecimal> totals = new HashMap<>();
        Set<Long> mixedUnits = new HashSet<>();
        jdbc.sql(INPUT_TOTALS).param("ids", children).query(rs -> {
            long child = rs.getLong("child_lot_id");
            if (totals.put(child, rs.getBigDecimal("total")) != null || rs.getInt("units") > 1) {
                mixedUnits.add(child);
            }
        });
        Map<List<Long>, BigDecimal> byPair = new HashMap<>();
        edges.forEach(e -> byPair.merge(List.of(e.child(), e.parent()), e.quantity().amount(), BigDecimal::add));
        List<Trace.Share> shares = new ArrayList<>();
        byPair.forEach((pair, quantity) -> {
            BigDecimal total = totals.get(pair.get(0));
            if (total != null && total.signum() > 0 && !mixedUnits.contains(pair.get(0))) {
                shares.add(new Trace.Share(numbers.get(pair.get(0)), numbers.get(pair.get(1)),
                        quantity.divide(total, new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros()));
            }
        });
        shares.sort((a, b) -> a.output().equals(b.output()) ? a.input().compareTo(b.input())
                : a.output().compareTo(b.output()));
        return shares;
    }

    private record RawEdge(long parent, long child, Quantity quantity, String productionOrder, long issueEntry,
                           long outputEntry) {
    }

    private static RawEdge edge(ResultSet rs, int row) throws SQLException {
        return new RawEdge(rs.getLong("parent_lot_id"), rs.getLong("child_lot_id"), quantity(rs, "quantity", "unit"),
                rs.getString("production_order"), rs.getLong("issue_entry_id"), rs.getLong("output_entry_id"));
    }

    private static Trace.Shipment shipment(ResultSet rs, int row) throws SQLException {
        return new Trace.Shipment(rs.getString("lot_number"), rs.getString("sku"), rs.getString("customer"),
                rs.getString("customer_name"), rs.getString("contact"), rs.getString("email"), rs.getString("phone"),
                instant(rs, "occurred_at"), quantity(rs, "quantity", "unit"), rs.getString("customer_order"),
                rs.getString("shipment_ref"), rs.getString("delivery_note"), rs.getLong("entry_id"));
    }

    private static Trace.Receipt receipt(ResultSet rs, int row) throws SQLException {
        String certificates = rs.getString("certificates");
        return new Trace.Receipt(rs.getString("lot_number"), rs.getString("sku"), rs.getString("supplier"),
                rs.getString("supplier_name"), rs.getString("supplier_lot"), rs.getString("purchase_order"),
                instant(rs, "occurred_at"), quantity(rs, "quantity", "unit"),
                certificates == null ? List.of() : List.of(certificates.split("\n")), rs.getLong("entry_id"));
    }

    private static Trace.Stock stock(ResultSet rs, int row) throws SQLException {
        return new Trace.Stock(rs.getString("lot_number"), rs.getString("sku"), rs.getString("location"),
                rs.getString("pallet"), quantity(rs, "quantity", "unit"));
    }

    private static Quantity quantity(ResultSet rs, String amount, String unit) throws SQLException {
        return new Quantity(rs.getBigDecimal(amount), new UnitOfMeasure(rs.getString(unit)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
