package io.lotline.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceGraphTest {
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void a_trace_within_the_threshold_is_drawn_lot_by_lot_with_its_parties_at_the_ends() {
        TraceGraph graph = TraceGraph.of(trace(), 4);

        assertThat(graph.clustered()).isFalse();
        assertThat(graph.nodes()).extracting(TraceGraph.Node::id).containsExactly("lot:F1", "lot:S1", "lot:B1",
                "lot:B2", "supplier:MILL", "customer:SHOP");
        assertThat(graph.edges()).extracting(TraceGraph.Edge::source, TraceGraph.Edge::target,
                TraceGraph.Edge::label).containsExactly(
                tuple("supplier:MILL", "lot:F1", "100 KG"),
                tuple("lot:F1", "lot:B1", "40 KG"), tuple("lot:F1", "lot:B2", "30 KG"),
                tuple("lot:S1", "lot:B1", "2 L"),
                tuple("lot:B1", "customer:SHOP", "25 KG"), tuple("lot:B2", "customer:SHOP", "5 KG"));
        assertThat(graph.lots()).containsExactly("F1", "S1", "B1", "B2");
    }

    @Test
    void a_trace_above_the_threshold_is_grouped_by_item_and_depth_and_totals_only_quantities_of_one_unit() {
        TraceGraph graph = TraceGraph.of(trace(), 3);

        assertThat(graph.clustered()).isTrue();
        assertThat(graph.lots()).isEmpty();
        assertThat(graph.nodes()).extracting(TraceGraph.Node::id, TraceGraph.Node::count).containsExactly(
                tuple("cluster:0:FLOUR", 1), tuple("cluster:0:SALT", 1), tuple("cluster:1:BREAD", 2),
                tuple("suppliers", 1), tuple("customers", 1));
        assertThat(graph.edges()).extracting(TraceGraph.Edge::source, TraceGraph.Edge::target,
                TraceGraph.Edge::label).containsExactly(
                tuple("suppliers", "cluster:0:FLOUR", "1 × · 100 KG"),
                tuple("cluster:0:FLOUR", "cluster:1:BREAD", "2 × · 70 KG"),
                tuple("cluster:0:SALT", "cluster:1:BREAD", "1 × · 2 L"),
                tuple("cluster:1:BREAD", "customers", "2 × · 30 KG"));
    }

    @Test
    void links_of_different_units_between_two_groups_are_counted_without_a_total() {
        Trace mixed = new Trace(Direction.FORWARD, List.of("A1"), null,
                List.of(lot("A1", "A", 0), lot("B1", "B", 1), lot("B2", "B", 1)),
                List.of(edge("A1", "B1", "1", "KG", 1), edge("A1", "B2", "3", "L", 2)),
                List.of(), List.of(), List.of(), List.of(), 3, 1.0);

        assertThat(TraceGraph.of(mixed, 1).edges()).extracting(TraceGraph.Edge::label).containsExactly("2 ×");
    }

    @Test
    void what_one_consumption_drew_into_several_outputs_of_a_group_is_totalled_once() {
        Trace split = new Trace(Direction.FORWARD, List.of("A1"), null,
                List.of(lot("A1", "A", 0), lot("A2", "A", 1), lot("A3", "A", 1)),
                List.of(edge("A1", "A2", "6", "KG", 1), edge("A1", "A3", "6", "KG", 1)),
                List.of(), List.of(), List.of(), List.of(), 3, 1.0);

        assertThat(TraceGraph.of(split, 1).edges()).extracting(TraceGraph.Edge::label).containsExactly("2 × · 6 KG");
    }

    private static Trace trace() {
        return new Trace(Direction.FORWARD, List.of("F1"), null,
                List.of(lot("F1", "FLOUR", 0), lot("S1", "SALT", 0), lot("B1", "BREAD", 1), lot("B2", "BREAD", 1)),
                List.of(edge("F1", "B1", "40", "KG", 1), edge("F1", "B2", "30", "KG", 2),
                        edge("S1", "B1", "2", "L", 3)),
                List.of(shipment("B1", "25", 10), shipment("B2", "5", 11)),
                List.of(new Trace.Receipt("F1", "FLOUR", "MILL", "The Mill", "M-7", "PO-1", AT,
                        Quantity.of("100", "KG"), List.of(), 9)),
                List.of(), List.of(), 4, 1.0);
    }

    private static Trace.Node lot(String number, String sku, int depth) {
        return new Trace.Node(number, sku, sku, "RELEASED", "PRODUCED", null, null, null, depth);
    }

    private static Trace.Edge edge(String parent, String child, String amount, String unit, long entry) {
        return new Trace.Edge(parent, child, Quantity.of(amount, unit), "PO-1", entry, entry + 100, AT, null);
    }

    private static Trace.Shipment shipment(String lot, String amount, long entry) {
        return new Trace.Shipment(lot, "BREAD", "SHOP", "The Shop", null, null, null, AT, Quantity.of(amount, "KG"),
                null, null, null, entry);
    }
}
